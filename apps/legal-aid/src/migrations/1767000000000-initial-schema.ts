import { idempotencyTableSql } from '@casetrack/platform';
import { outboxTableSql } from '@casetrack/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1767000000000 implements MigrationInterface {
  name = 'InitialSchema1767000000000';

  async up(q: QueryRunner): Promise<void> {
    // applicant_name and applicant_id_number are personal data: this table is their only home.
    await q.query(`
      CREATE TABLE legal_aid.cases (
        id uuid PRIMARY KEY,
        applicant_groups text[] NOT NULL CHECK (cardinality(applicant_groups) >= 1),
        case_type text NOT NULL,
        matter text NOT NULL,
        channel text NOT NULL,
        green_channel boolean NOT NULL,
        applied_at timestamptz NOT NULL,
        applicant_name text,
        applicant_id_number text CHECK (applicant_id_number ~ '^[0-9]{17}[0-9X]$'),
        status text NOT NULL,
        accepted_at timestamptz,
        rejected_at timestamptz,
        rejection_reason text,
        assigned_at timestamptz,
        law_firm text,
        lawyer text,
        closed_at timestamptz,
        result text,
        benefit_fen bigint CHECK (benefit_fen >= 0),
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT closed_has_result CHECK ((status = 'closed') = (closed_at IS NOT NULL AND result IS NOT NULL AND benefit_fen IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX cases_by_applied ON legal_aid.cases (applied_at, id)`);
    await q.query(`CREATE INDEX cases_by_status ON legal_aid.cases (status, applied_at, id)`);
    for (const sql of [...outboxTableSql('legal_aid'), ...idempotencyTableSql('legal_aid')]) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE legal_aid.idempotency_keys, legal_aid.outbox, legal_aid.cases`);
  }
}
