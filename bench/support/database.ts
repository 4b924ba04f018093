import { ensureDatabase } from '@casetrack/persistence';
import { Pool } from 'pg';
import { baselineSchemaSql } from '../baseline/baseline-schema';

/** Refuses any database but the bench's own: the bench drops schemas and must never do so elsewhere. */
export function assertBenchDatabase(url: string): void {
  const name = new URL(url).pathname.replace(/^\//, '');
  if (!/bench/i.test(name)) throw new Error(`refusing to use database "${name}" for the benchmark: its name must contain "bench"`);
}

/**
 * Creates the bench database when missing, drops every schema a previous run left in it (the
 * services migrate theirs again on start; `public` is emptied too, in case a migration put
 * something there) and creates the baseline's comparable tables. Returns a pool.
 */
export async function resetBenchDatabase(url: string): Promise<Pool> {
  assertBenchDatabase(url);
  await ensureDatabase(url);
  const pool = new Pool({ connectionString: url, max: 4, application_name: 'casetrack-bench' });
  const { rows } = await pool.query<{ name: string }>(
    `SELECT nspname AS name FROM pg_namespace WHERE nspname NOT LIKE 'pg\_%' AND nspname <> 'information_schema'`,
  );
  // Only this database, whose name says "bench" (checked above): nobody else's tables.
  for (const { name } of rows) await pool.query(`DROP SCHEMA "${name.replace(/"/g, '""')}" CASCADE`);
  await pool.query('CREATE SCHEMA public');
  for (const sql of baselineSchemaSql()) await pool.query(sql);
  return pool;
}

/** PostgreSQL server version, for the machine record. */
export async function postgresVersion(pool: Pool): Promise<string> {
  const { rows } = await pool.query<{ v: string }>("SELECT current_setting('server_version') AS v");
  return rows[0].v;
}
