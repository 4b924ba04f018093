import { consumerTablesSql } from '@casetrack/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1767000000000 implements MigrationInterface {
  name = 'InitialSchema1767000000000';

  async up(q: QueryRunner): Promise<void> {
    // Unqualified names: the DataSource's search_path points them at its schema (reporting, or a rebuild's).
    const [{ schema }] = await q.query(`SELECT current_schema() AS schema`);
    for (const sql of consumerTablesSql(schema)) await q.query(sql);
    // One row per district, year, month and dimension combination; every figure and breakdown is a
    // sum over it. Counters belong to the year and month of their own business time.
    await q.query(`
      CREATE TABLE mediation_rollup (
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
      CREATE TABLE mediation_committees (
        district text NOT NULL,
        code text NOT NULL,
        kind text NOT NULL,
        field text,
        established_at timestamptz NOT NULL,
        PRIMARY KEY (district, code)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mediation_committees, mediation_rollup, dead_letters, consumer_offsets, inbox`);
  }
}
