import { DataSource } from 'typeorm';

/** Row count of every table of a schema, plus the outbox's highest id (a new event raises it even if old rows were pruned). */
export type RowCounts = Record<string, number>;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Counts the rows of every base table in `schema`. */
export async function rowCounts(db: DataSource, schema: string): Promise<RowCounts> {
  const tables: { table_name: string }[] = await db.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
    [schema],
  );
  const counts: RowCounts = {};
  for (const { table_name } of tables) {
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM ${quote(schema)}.${quote(table_name)}`);
    counts[`${schema}.${table_name}`] = n;
  }
  if (tables.some((t) => t.table_name === 'outbox')) {
    const [{ max }] = await db.query(`SELECT coalesce(max(id), 0)::text AS max FROM ${quote(schema)}.outbox`);
    counts[`${schema}.outbox max(id)`] = Number(max);
  }
  return counts;
}

/**
 * True when a row of some table of `schema` holds `value` exactly, at any depth (text columns and
 * strings inside jsonb alike): "stored verbatim", checked without knowing the tables.
 */
export async function storedVerbatim(db: DataSource, schema: string, value: string): Promise<boolean> {
  const tables: { table_name: string }[] = await db.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`,
    [schema],
  );
  for (const { table_name } of tables) {
    const [{ found }] = await db.query(
      `SELECT EXISTS (SELECT 1 FROM ${quote(schema)}.${quote(table_name)} x
         WHERE jsonb_path_exists(to_jsonb(x), 'strict $.** ? (@ == $v)', jsonb_build_object('v', $1::text))) AS found`,
      [value],
    );
    if (found) return true;
  }
  return false;
}
