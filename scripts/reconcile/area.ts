/** The one thing an area module needs from the database: a query (a pg Client or PoolClient). */
export interface Db {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

/** A year in a time zone, as the report counts it. */
export interface YearQuery {
  year: number;
  timeZone: string;
}

/**
 * One section of the annual report recomputed from a case service's own tables, with the
 * definitions the reporting area uses (the year of each business timestamp in the district time
 * zone), but none of its code paths: no events, no rollups.
 */
export interface ReconcileArea {
  /** Key of the section in the annual report JSON. */
  readonly sectionKey: string;
  /** The section as the report should show it. */
  recompute(db: Db, q: YearQuery): Promise<Record<string, unknown>>;
}

/**
 * SQL true when the timestamptz expression `column` falls in year $1 in time zone $2 (the query's
 * first two parameters). `AT TIME ZONE` turns the instant into the district's wall-clock time.
 */
export const inYear = (column: string) => `(${column} IS NOT NULL AND extract(year FROM ${column} AT TIME ZONE $2) = $1)`;

/** SQL for the first instant of the year after $1 in time zone $2 (the year's end, exclusive). */
export const YEAR_END = `(make_timestamp($1::int + 1, 1, 1, 0, 0, 0) AT TIME ZONE $2)`;

/** True when the table exists: a service that never ran in this database has no schema, and its figures are all zero. */
export async function tableExists(db: Db, qualifiedName: string): Promise<boolean> {
  const { rows } = await db.query<{ found: string | null }>(`SELECT to_regclass($1)::text AS found`, [qualifiedName]);
  return rows[0].found !== null;
}

/** A bigint or numeric count read from pg (text) as a safe integer; refuses precision loss. */
export function count(value: unknown): number {
  if (value === null || value === undefined) return 0;
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`count out of the safe integer range: ${String(value)}`);
  return n;
}

/** An object with every key of `keys` (zero when absent from `found`), then any other key found. */
export function everyKey(keys: readonly string[], found: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(keys.map((k) => [k, found.get(k) ?? 0]));
  for (const [k, v] of found) if (!(k in out)) out[k] = v;
  return out;
}
