import { MigrationInterface, QueryRunner } from 'typeorm';

/** Litigation follow-up counters: judgments whose performance was supervised, judicial suggestions received, supervised and answered. */
export class LitigationFollowUp1767007000000 implements MigrationInterface {
  name = 'LitigationFollowUp1767007000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE litigation_rollup
        ADD COLUMN judgments_supervised bigint NOT NULL DEFAULT 0,
        ADD COLUMN supervisions_concluded bigint NOT NULL DEFAULT 0,
        ADD COLUMN suggestions_received bigint NOT NULL DEFAULT 0,
        ADD COLUMN suggestions_supervised bigint NOT NULL DEFAULT 0,
        ADD COLUMN suggestions_answered bigint NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE litigation_rollup DROP COLUMN judgments_supervised, DROP COLUMN supervisions_concluded,
        DROP COLUMN suggestions_received, DROP COLUMN suggestions_supervised, DROP COLUMN suggestions_answered`);
  }
}
