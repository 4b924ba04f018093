import { idempotencyTableSql } from '@casetrack/platform';
import { outboxTableSql } from '@casetrack/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1767000000000 implements MigrationInterface {
  name = 'InitialSchema1767000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mediation.committees (
        code text PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        name text NOT NULL,
        kind text NOT NULL,
        field text,
        established_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT committee_field_only_for_professional CHECK ((kind = 'professional') = (field IS NOT NULL))
      )`);
    await q.query(`
      CREATE TABLE mediation.disputes (
        id uuid PRIMARY KEY,
        committee_code text NOT NULL REFERENCES mediation.committees (code),
        committee_kind text NOT NULL,
        committee_field text,
        category text NOT NULL,
        source text NOT NULL,
        received_at timestamptz NOT NULL,
        party_count int NOT NULL CHECK (party_count >= 2),
        summary text,
        amount_involved_fen bigint CHECK (amount_involved_fen >= 0),
        status text NOT NULL,
        result text,
        concluded_at timestamptz,
        agreement text,
        agreement_amount_fen bigint CHECK (agreement_amount_fen >= 0),
        withdrawn_at timestamptz,
        withdrawal_reason text,
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX disputes_by_received ON mediation.disputes (received_at, id)`);
    await q.query(`CREATE INDEX disputes_by_committee ON mediation.disputes (committee_code, received_at, id)`);
    await q.query(`CREATE INDEX disputes_by_status ON mediation.disputes (status, received_at, id)`);
    for (const sql of [...outboxTableSql('mediation'), ...idempotencyTableSql('mediation')]) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mediation.idempotency_keys, mediation.outbox, mediation.disputes, mediation.committees`);
  }
}
