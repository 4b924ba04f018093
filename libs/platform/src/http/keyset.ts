import { decodeCursor, encodeCursor, KeyPart, KeyValue } from './cursor';

/** One element of a list's sort key: the SQL it orders by (ascending) and the type its cursor holds. */
export interface KeyColumn {
  sql: string;
  part: KeyPart;
  /** Order and compare byte-wise (COLLATE "C"), whatever the database's collation. Text only. */
  bytewise?: boolean;
}

/** Anything that runs parameterised SQL: a DataSource, an EntityManager, a pg client. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any>;
}

/** A WHERE clause built from conditions with `?` placeholders, numbered as PostgreSQL wants them. */
export class SqlWhere {
  readonly params: unknown[] = [];
  private readonly conditions: string[] = [];

  /** Adds a condition; each `?` in it becomes the next parameter, taken from `values` in order. */
  add(condition: string, ...values: unknown[]): this {
    let i = 0;
    this.conditions.push(
      condition.replace(/\?/g, () => {
        if (i >= values.length) throw new Error(`SqlWhere: more ? than values in ${condition}`);
        return this.param(values[i++]);
      }),
    );
    if (i !== values.length) throw new Error(`SqlWhere: more values than ? in ${condition}`);
    return this;
  }

  /** Adds a parameter and returns its placeholder ($n). */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** `WHERE a AND b`, or nothing without conditions. */
  get sql(): string {
    return this.conditions.length ? `WHERE ${this.conditions.map((c) => `(${c})`).join(' AND ')}` : '';
  }
}

const CAST: Record<KeyPart['kind'], string> = { timestamp: 'timestamptz', uuid: 'uuid', integer: 'bigint', text: 'text' };

const ordered = (c: KeyColumn) => (c.bytewise ? `(${c.sql}) COLLATE "C"` : c.sql);

// Read back exactly as compared: a timestamptz holds microseconds, a JS Date only milliseconds,
// so a cursor made from a Date could put the last row of a page on the next page too.
function readBack(c: KeyColumn): string {
  if (c.part.kind === 'timestamp') return `to_char((${c.sql}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  return `(${c.sql})::text`;
}

/** The parts of a keyset list query. The key must be unique within the list, so no row is skipped or repeated. */
export interface KeysetQuery {
  /** The columns to return (what follows SELECT). */
  select: string;
  /** What follows FROM: a table, or tables and joins. */
  from: string;
  where?: SqlWhere;
  key: readonly KeyColumn[];
  /** The nextCursor of the previous page; refused with 400 CURSOR.INVALID when not of the key's shape. */
  cursor?: string;
  limit: number;
}

/** One page of rows and the cursor of the next page (null on the last one). */
export interface RowPage<Row> {
  rows: Row[];
  nextCursor: string | null;
}

/** The key's shape, to decode a cursor of this list before any other work. */
export const keyShape = (key: readonly KeyColumn[]): KeyPart[] => key.map((c) => c.part);

/**
 * Reads one page of a keyset-paged list: rows after the cursor's key, ordered by the key, at most
 * `limit`, and a nextCursor when more follow (it reads limit + 1 rows to know). A forged cursor is a
 * 400 CURSOR.INVALID before any SQL runs.
 */
export async function keysetPage<Row extends Record<string, unknown>>(db: Queryable, q: KeysetQuery): Promise<RowPage<Row>> {
  if (!Number.isSafeInteger(q.limit) || q.limit < 1) throw new Error(`keysetPage: limit ${q.limit} is not a positive whole number`);
  const where = q.where ?? new SqlWhere();
  const conditions = new SqlWhere();
  conditions.params.push(...where.params);
  const whereSql = where.sql;
  let sql = whereSql;
  if (q.cursor !== undefined) {
    const after: KeyValue[] = decodeCursor(q.cursor, keyShape(q.key));
    const placeholders = after.map((v, i) => `${conditions.param(v)}::${CAST[q.key[i].part.kind]}`);
    const predicate = `(${q.key.map(ordered).join(', ')}) > (${placeholders.join(', ')})`;
    sql = whereSql ? `${whereSql} AND ${predicate}` : `WHERE ${predicate}`;
  }
  const keys = q.key.map((c, i) => `${readBack(c)} AS "__key${i}"`).join(', ');
  const limit = conditions.param(q.limit + 1);
  const result = await db.query(
    `SELECT ${q.select}, ${keys} FROM ${q.from} ${sql} ORDER BY ${q.key.map(ordered).join(', ')} LIMIT ${limit}`,
    conditions.params,
  );
  // TypeORM answers the rows, a pg client a result holding them.
  const rows: Record<string, unknown>[] = Array.isArray(result) ? result : result.rows;
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > q.limit && last
      ? encodeCursor(q.key.map((c, i) => (c.part.kind === 'integer' ? Number(last[`__key${i}`]) : String(last[`__key${i}`]))))
      : null;
  for (const row of page) for (let i = 0; i < q.key.length; i++) delete row[`__key${i}`];
  return { rows: page as Row[], nextCursor };
}

/** Every row of a keyset list, page by page (e.g. to write a whole CSV without one unbounded query). */
export async function* keysetRows<Row extends Record<string, unknown>>(db: Queryable, q: Omit<KeysetQuery, 'cursor'>): AsyncGenerator<Row> {
  let cursor: string | undefined;
  do {
    const page: RowPage<Row> = await keysetPage<Row>(db, { ...q, cursor });
    yield* page.rows;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}
