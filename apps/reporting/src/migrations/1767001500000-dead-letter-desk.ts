import { deadLetterDeskSql } from '@casetrack/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dead letters keep their message and what replays did (the admin's dead-letter desk,
 * /v1/admin/dead-letters). Rows recorded before keep no value and cannot be replayed from here.
 */
export class DeadLetterDesk1767001500000 implements MigrationInterface {
  name = 'DeadLetterDesk1767001500000';

  async up(q: QueryRunner): Promise<void> {
    const [{ schema }] = await q.query(`SELECT current_schema() AS schema`);
    for (const sql of deadLetterDeskSql(schema)) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX dead_letters_open`);
    await q.query(`ALTER TABLE dead_letters DROP CONSTRAINT dead_letters_replay_outcome`);
    await q.query(
      `ALTER TABLE dead_letters DROP COLUMN kind, DROP COLUMN first_reason, DROP COLUMN message_key, DROP COLUMN message_value, DROP COLUMN value_kept,
         DROP COLUMN message_timestamp, DROP COLUMN replays, DROP COLUMN replayed_at, DROP COLUMN replay_outcome, DROP COLUMN resolved_at`,
    );
  }
}
