import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Litigation follow-up: a lawsuit's judgment-performance supervision (督促履行, on the lawsuit's
 * row, at most one) and the judicial suggestions it brings (司法建议, their own rows).
 */
export class LitigationFollowUp1767007000000 implements MigrationInterface {
  name = 'LitigationFollowUp1767007000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE admin_review.lawsuits
        ADD COLUMN performance_status text,
        ADD COLUMN judgment_effective_at timestamptz,
        ADD COLUMN performance_started_at timestamptz,
        ADD COLUMN performance_concluded_at timestamptz,
        ADD COLUMN performance_result text,
        ADD CONSTRAINT lawsuit_performance_shape CHECK (
          (performance_status IS NULL AND judgment_effective_at IS NULL AND performance_started_at IS NULL AND performance_concluded_at IS NULL AND performance_result IS NULL)
          OR (performance_status = 'supervising' AND judgment_effective_at IS NOT NULL AND performance_started_at IS NOT NULL AND performance_concluded_at IS NULL AND performance_result IS NULL)
          OR (performance_status = 'concluded' AND judgment_effective_at IS NOT NULL AND performance_started_at IS NOT NULL AND performance_concluded_at IS NOT NULL AND performance_result IS NOT NULL)
        )`);
    await q.query(`
      CREATE TABLE admin_review.judicial_suggestions (
        id uuid PRIMARY KEY,
        lawsuit_id uuid NOT NULL REFERENCES admin_review.lawsuits (id),
        court text NOT NULL,
        received_at timestamptz NOT NULL,
        status text NOT NULL,
        supervised_at timestamptz,
        answered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT suggestion_answered_exactly_when_answered CHECK ((status = 'answered') = (answered_at IS NOT NULL)),
        CONSTRAINT suggestion_supervised_when_supervised CHECK (status <> 'supervised' OR supervised_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX judicial_suggestions_by_lawsuit ON admin_review.judicial_suggestions (lawsuit_id, received_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE admin_review.judicial_suggestions`);
    await q.query(`
      ALTER TABLE admin_review.lawsuits DROP CONSTRAINT lawsuit_performance_shape,
        DROP COLUMN performance_status, DROP COLUMN judgment_effective_at, DROP COLUMN performance_started_at,
        DROP COLUMN performance_concluded_at, DROP COLUMN performance_result`);
  }
}
