import { consumerTablesSql } from '@casetrack/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1767000000000 implements MigrationInterface {
  name = 'InitialSchema1767000000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of consumerTablesSql('reporting')) await q.query(sql);
    // One row per district, year, month and dimension combination; every figure and breakdown is a
    // sum over it. Counters belong to the year and month of their own business time.
    await q.query(`
      CREATE TABLE reporting.mediation_rollup (
        district text NOT NULL,
        year int NOT NULL,
        month int NOT NULL,
        category text NOT NULL,
        committee_kind text NOT NULL,
        source text NOT NULL,
        registered bigint NOT NULL DEFAULT 0,
        succeeded bigint NOT NULL DEFAULT 0,
        failed bigint NOT NULL DEFAULT 0,
        withdrawn bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (district, year, month, category, committee_kind, source)
      )`);
    await q.query(`
      CREATE TABLE reporting.mediation_committees (
        district text NOT NULL,
        code text NOT NULL,
        kind text NOT NULL,
        field text,
        established_at timestamptz NOT NULL,
        PRIMARY KEY (district, code)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reporting.mediation_committees, reporting.mediation_rollup, reporting.dead_letters, reporting.consumer_offsets, reporting.inbox`);
  }
}
