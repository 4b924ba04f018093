import { idempotencyTableSql } from '@casetrack/platform';
import { outboxTableSql } from '@casetrack/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1767000000000 implements MigrationInterface {
  name = 'InitialSchema1767000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE admin_review.reviews (
        id uuid PRIMARY KEY,
        channel text NOT NULL,
        respondent_agency text NOT NULL,
        matter text NOT NULL,
        received_at timestamptz NOT NULL,
        applicant_name text,
        applicant_id_number text,
        applicant_phone text,
        status text NOT NULL,
        accepted_at timestamptz,
        due_at timestamptz,
        extended_at timestamptz,
        extension_days int CHECK (extension_days BETWEEN 1 AND 30),
        rejected_at timestamptz,
        rejection_reason text,
        decided_at timestamptz,
        decision text,
        late boolean NOT NULL DEFAULT false,
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT review_accepted_has_deadline CHECK ((accepted_at IS NULL) = (due_at IS NULL))
      )`);
    await q.query(`CREATE INDEX reviews_by_received ON admin_review.reviews (received_at, id)`);
    await q.query(`CREATE INDEX reviews_by_status ON admin_review.reviews (status, received_at, id)`);
    await q.query(`CREATE INDEX reviews_by_respondent ON admin_review.reviews (respondent_agency, received_at, id)`);
    // The overdue list scans only open reviews, by deadline.
    await q.query(`CREATE INDEX reviews_open_by_due ON admin_review.reviews (due_at) WHERE status IN ('accepted', 'extended')`);
    await q.query(`
      CREATE TABLE admin_review.lawsuits (
        id uuid PRIMARY KEY,
        filed_at timestamptz NOT NULL,
        defendant_agency text NOT NULL,
        court text NOT NULL,
        matter text NOT NULL,
        status text NOT NULL,
        decided_at timestamptz,
        outcome text,
        hearing_count int NOT NULL DEFAULT 0,
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX lawsuits_by_filed ON admin_review.lawsuits (filed_at, id)`);
    await q.query(`CREATE INDEX lawsuits_by_defendant ON admin_review.lawsuits (defendant_agency, filed_at, id)`);
    await q.query(`
      CREATE TABLE admin_review.hearings (
        id uuid PRIMARY KEY,
        lawsuit_id uuid NOT NULL REFERENCES admin_review.lawsuits (id),
        held_at timestamptz NOT NULL,
        head_appeared boolean NOT NULL,
        appeared_role text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT hearing_role_exactly_when_appeared CHECK (head_appeared = (appeared_role IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX hearings_by_lawsuit ON admin_review.hearings (lawsuit_id, held_at)`);
    for (const sql of [...outboxTableSql('admin_review'), ...idempotencyTableSql('admin_review')]) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE admin_review.idempotency_keys, admin_review.outbox, admin_review.hearings, admin_review.lawsuits, admin_review.reviews`);
  }
}
