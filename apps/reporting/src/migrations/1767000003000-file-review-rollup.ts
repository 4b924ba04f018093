import { MigrationInterface, QueryRunner } from 'typeorm';

export class FileReviewRollup1767000003000 implements MigrationInterface {
  name = 'FileReviewRollup1767000003000';

  async up(q: QueryRunner): Promise<void> {
    // Reviews by district, year of reviewedAt (district time zone), agency and grade. The score is
    // kept as an integer sum beside the count, so the average is exact whatever the batching.
    await q.query(`
      CREATE TABLE file_review_rollup (
        district text NOT NULL,
        year int NOT NULL,
        agency text NOT NULL,
        grade text NOT NULL,
        files_reviewed bigint NOT NULL DEFAULT 0,
        score_sum bigint NOT NULL DEFAULT 0,
        problems bigint NOT NULL DEFAULT 0,
        files_with_problems bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (district, year, agency, grade)
      )`);
    // The same cells split by problem category: problems found, and files with at least one.
    await q.query(`
      CREATE TABLE file_review_problem_rollup (
        district text NOT NULL,
        year int NOT NULL,
        agency text NOT NULL,
        grade text NOT NULL,
        category text NOT NULL,
        problems bigint NOT NULL DEFAULT 0,
        files bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (district, year, agency, grade, category)
      )`);
    // Campaign figures belong to the campaign's own year (a 2019 campaign noticed in 2020 is still 2019's).
    await q.query(`
      CREATE TABLE file_review_campaign_rollup (
        district text NOT NULL,
        year int NOT NULL,
        campaigns bigint NOT NULL DEFAULT 0,
        files_sampled bigint NOT NULL DEFAULT 0,
        campaigns_noticed bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (district, year)
      )`);
    await q.query(`
      CREATE TABLE file_review_panel_rollup (
        district text NOT NULL,
        year int NOT NULL,
        role text NOT NULL,
        members bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (district, year, role)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE file_review_panel_rollup, file_review_campaign_rollup, file_review_problem_rollup, file_review_rollup`,
    );
  }
}
