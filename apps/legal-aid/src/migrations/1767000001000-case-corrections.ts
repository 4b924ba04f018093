import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Corrections of a closed case's benefit: what it was, what it became, when and why. The reason is
 * free text (it may name people) and stays here; the event carries only the two amounts.
 */
export class CaseCorrections1767000001000 implements MigrationInterface {
  name = 'CaseCorrections1767000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE legal_aid.case_corrections (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES legal_aid.cases (id),
        event_id uuid NOT NULL UNIQUE,
        old_benefit_fen bigint NOT NULL CHECK (old_benefit_fen >= 0),
        new_benefit_fen bigint NOT NULL CHECK (new_benefit_fen >= 0),
        reason text NOT NULL,
        actor_id text,
        corrected_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX case_corrections_by_case ON legal_aid.case_corrections (case_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE legal_aid.case_corrections`);
  }
}
