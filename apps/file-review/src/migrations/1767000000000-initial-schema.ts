import { outboxTableSql } from '@casetrack/messaging';
import { idempotencyTableSql } from '@casetrack/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1767000000000 implements MigrationInterface {
  name = 'InitialSchema1767000000000';

  async up(q: QueryRunner): Promise<void> {
    // The draw columns are set together, once, when the sample is drawn: they are the record that
    // lets anyone re-run the draw (seed + the set of pooled file numbers) and compare.
    await q.query(`
      CREATE TABLE file_review.campaigns (
        id uuid PRIMARY KEY,
        year int NOT NULL,
        title text NOT NULL,
        status text NOT NULL,
        seed text,
        pool_size int,
        sample_size int,
        drawn_numbers text[],
        drawn_at timestamptz,
        issued_at timestamptz,
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (year, title),
        CONSTRAINT campaign_draw_recorded CHECK ((status = 'open') = (seed IS NULL))
      )`);
    await q.query(`
      CREATE TABLE file_review.panel_members (
        campaign_id uuid NOT NULL REFERENCES file_review.campaigns (id),
        position int NOT NULL,
        role text NOT NULL,
        name text,
        PRIMARY KEY (campaign_id, position)
      )`);
    await q.query(`
      CREATE TABLE file_review.files (
        id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL REFERENCES file_review.campaigns (id),
        file_number text NOT NULL,
        agency text NOT NULL,
        penalty_type text NOT NULL,
        decided_at timestamptz NOT NULL,
        status text NOT NULL,
        draw_position int,
        reviewed_at timestamptz,
        score int CHECK (score BETWEEN 0 AND 100),
        grade text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (campaign_id, file_number),
        CONSTRAINT file_drawn_has_position CHECK ((status = 'pooled') = (draw_position IS NULL)),
        CONSTRAINT file_reviewed_has_score CHECK ((status = 'reviewed') = (score IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX files_by_draw ON file_review.files (campaign_id, draw_position) WHERE draw_position IS NOT NULL`);
    await q.query(`
      CREATE TABLE file_review.file_problems (
        file_id uuid NOT NULL REFERENCES file_review.files (id),
        position int NOT NULL,
        category text NOT NULL,
        description text NOT NULL,
        PRIMARY KEY (file_id, position)
      )`);
    for (const sql of [...outboxTableSql('file_review'), ...idempotencyTableSql('file_review')]) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE file_review.idempotency_keys, file_review.outbox, file_review.file_problems, file_review.files, file_review.panel_members, file_review.campaigns`,
    );
  }
}
