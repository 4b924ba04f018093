import { idempotencyTableSql } from '@casetrack/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Filed reports: the figures of a district's year as filed (numbered 1, 2, … per district and year)
 * and the topic positions they were computed at, so a later view can tell the figures now from the
 * filed ones and name the events applied since. Not a projection: a rebuild carries the rows over.
 * Filing is a POST that creates, so the schema gets the idempotency table too.
 */
export class Filings1767000005000 implements MigrationInterface {
  name = 'Filings1767000005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE filings (
        district text NOT NULL,
        year int NOT NULL,
        n int NOT NULL CHECK (n >= 1),
        filed_at timestamptz NOT NULL,
        figures jsonb NOT NULL,
        offsets jsonb NOT NULL,
        note text,
        actor_id text,
        PRIMARY KEY (district, year, n)
      )`);
    const [{ schema }] = await q.query(`SELECT current_schema() AS schema`);
    for (const sql of idempotencyTableSql(schema)) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE filings, idempotency_keys`);
  }
}
