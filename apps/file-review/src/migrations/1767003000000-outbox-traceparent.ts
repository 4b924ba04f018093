import { dropOutboxTraceparentSql, outboxTraceparentSql } from '@casetrack/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox's traceparent column: the relay sends it as each event's Kafka header (see libs/messaging). */
export class OutboxTraceparent1767003000000 implements MigrationInterface {
  name = 'OutboxTraceparent1767003000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of outboxTraceparentSql('file_review')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of dropOutboxTraceparentSql('file_review')) await q.query(sql);
  }
}
