import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Corrections of a concluded dispute's result: who changed what, when and why. The reason is free
 * text and stays here; the event published with each correction carries only the old and new results.
 */
export class DisputeCorrections1767000001000 implements MigrationInterface {
  name = 'DisputeCorrections1767000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mediation.dispute_corrections (
        id bigserial PRIMARY KEY,
        dispute_id uuid NOT NULL REFERENCES mediation.disputes (id),
        event_id uuid NOT NULL UNIQUE,
        old_result text NOT NULL,
        new_result text NOT NULL,
        old_agreement text,
        old_agreement_amount_fen bigint,
        reason text NOT NULL,
        actor_id text,
        corrected_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX dispute_corrections_by_dispute ON mediation.dispute_corrections (dispute_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mediation.dispute_corrections`);
  }
}
