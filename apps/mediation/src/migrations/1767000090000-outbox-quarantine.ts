import { dropOutboxQuarantineSql, outboxQuarantineSql } from '@casetrack/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbox quarantine columns and the sent_at index for the relay's bounded clean-up (see libs/messaging). */
export class OutboxQuarantine1767000090000 implements MigrationInterface {
  name = 'OutboxQuarantine1767000090000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of outboxQuarantineSql('mediation')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of dropOutboxQuarantineSql('mediation')) await q.query(sql);
  }
}
