import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Administrative review and litigation rollups, fed by the one projection of the admin-review topic.
 * Counters belong to the year and month of their own business time. The deadline table keeps one row
 * per accepted review, because "still open past its deadline at a year's end" is a fact about the
 * review at an instant, not a sum of events in that year.
 */
export class AdminReviewRollup1767000002000 implements MigrationInterface {
  name = 'AdminReviewRollup1767000002000';

  async up(q: QueryRunner): Promise<void> {
    // decision is '' on the rows of counters that are not decisions (received, accepted, …).
    await q.query(`
      CREATE TABLE admin_review_rollup (
        district text NOT NULL,
        year int NOT NULL,
        month int NOT NULL,
        channel text NOT NULL,
        matter text NOT NULL,
        decision text NOT NULL,
        received bigint NOT NULL DEFAULT 0,
        accepted bigint NOT NULL DEFAULT 0,
        rejected bigint NOT NULL DEFAULT 0,
        extended bigint NOT NULL DEFAULT 0,
        concluded bigint NOT NULL DEFAULT 0,
        decided_late bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (district, year, month, channel, matter, decision)
      )`);
    await q.query(`
      CREATE TABLE admin_review_deadlines (
        review_id uuid PRIMARY KEY,
        district text NOT NULL,
        accepted_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        decided_at timestamptz,
        sequence int NOT NULL
      )`);
    await q.query(`CREATE INDEX admin_review_deadlines_by_due ON admin_review_deadlines (district, due_at)`);
    await q.query(`
      CREATE TABLE litigation_rollup (
        district text NOT NULL,
        year int NOT NULL,
        month int NOT NULL,
        matter text NOT NULL,
        defendant_agency text NOT NULL,
        filed bigint NOT NULL DEFAULT 0,
        hearings bigint NOT NULL DEFAULT 0,
        government_leader_appearances bigint NOT NULL DEFAULT 0,
        agency_head_appearances bigint NOT NULL DEFAULT 0,
        judged bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (district, year, month, matter, defendant_agency)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE litigation_rollup, admin_review_deadlines, admin_review_rollup`);
  }
}
