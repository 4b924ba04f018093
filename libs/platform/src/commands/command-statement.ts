/**
 * The SQL of a command that needs no lock: one statement whose data-modifying CTEs claim the
 * Idempotency-Key (storing the answer with it), write the case's row and the rows beside it, and
 * append the events to the outbox — all or nothing, because one statement is one transaction.
 *
 * Rows are passed as one JSON object each and read with json_populate_record, so every column
 * gets its table's own type and the statement is the same whatever a row holds.
 */
import type { CaseEvent } from '@casetrack/contracts';
import { outboxInsertParams, outboxInsertText } from '@casetrack/messaging';

/** A row's columns and their values (Date, number, string, boolean, array, null), by column name. */
export type ColumnValues = Record<string, unknown>;

/** A row to insert into a table (schema-qualified, e.g. mediation.disputes). */
export interface RowInsert {
  table: string;
  values: ColumnValues;
  /**
   * Replace the row with the same `id` if there is one (a part of a case that changes, e.g. a
   * lawsuit's judicial suggestion). Safe only beside a case update: the case row's sequence check
   * is what serialises the changes.
   */
  replace?: boolean;
}

/** The claim of an Idempotency-Key with the answer it stores. */
export interface KeyClaim {
  table: string;
  scope: string;
  actorId: string;
  key: string;
  requestHash: string;
  ttlHours: number;
  status: number;
  response: unknown;
}

/** The case row a command writes: a new one, or an update of the version it read (id and sequence). */
export type CaseWrite = { kind: 'insert'; row: RowInsert } | { kind: 'update'; table: string; id: string; expectedSequence: number; values: ColumnValues };

export interface CommandStatementInput {
  write: CaseWrite;
  also: readonly RowInsert[];
  /** The events to append (validated against their contracts while the parameters are built) and the trace stored with them. */
  outbox: { schema: string; events: readonly CaseEvent[]; traceparent: string | null };
  claim?: KeyClaim;
}

/** What the statement answers: whether the case row was written, and the key's record if it was already there. */
export interface CommandStatementResult {
  written: number;
  claimed: number;
  prior_hash: string | null;
  prior_status: number | null;
  prior_response: unknown;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/;

function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`not a plain SQL identifier: ${name}`);
  return name;
}

/** Numbered parameters with their casts ($1::text, …). */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

const columnsOf = (values: ColumnValues) => Object.keys(values).map(identifier);

function insertRow(p: Params, row: RowInsert, guard: string): string {
  const table = identifier(row.table);
  const cols = columnsOf(row.values).join(', ');
  const insert = `INSERT INTO ${table} (${cols}) SELECT ${cols} FROM json_populate_record(NULL::${table}, ${p.add(JSON.stringify(row.values), 'json')}) WHERE ${guard}`;
  if (!row.replace) return insert;
  const names = columnsOf(row.values).filter((c) => c !== 'id');
  return `${insert} ON CONFLICT (id) DO UPDATE SET (${names.join(', ')}) = ROW(${names.map((c) => `EXCLUDED.${c}`).join(', ')})`;
}

/** Builds the statement's text and its parameters (commandStatement caches the text). */
function buildStatement(input: CommandStatementInput): { sql: string; params: unknown[] } {
  const p = new Params();
  const ctes: string[] = [];
  const { claim, write } = input;
  let prior = 'SELECT NULL::text AS request_hash, NULL::int AS status, NULL::jsonb AS response WHERE false';
  let claimCte: ((guard: string) => string) | undefined;
  if (claim) {
    const table = identifier(claim.table);
    const scope = p.add(claim.scope, 'text');
    const actor = p.add(claim.actorId, 'text');
    const key = p.add(claim.key, 'text');
    const ttl = p.add(claim.ttlHours, 'int');
    prior = `SELECT request_hash, status, response FROM ${table}
              WHERE scope = ${scope} AND actor_id = ${actor} AND key = ${key} AND created_at >= now() - make_interval(hours => ${ttl})`;
    const hash = p.add(claim.requestHash, 'text');
    const status = p.add(claim.status, 'int');
    const response = p.add(JSON.stringify(claim.response), 'jsonb');
    claimCte = (guard) => `INSERT INTO ${table} AS k (scope, actor_id, key, request_hash, status, response)
      SELECT ${scope}, ${actor}, ${key}, ${hash}, ${status}, ${response} WHERE ${guard}
      ON CONFLICT (scope, actor_id, key) DO UPDATE
        SET request_hash = EXCLUDED.request_hash, status = EXCLUDED.status, response = EXCLUDED.response, created_at = now()
        WHERE k.created_at < now() - make_interval(hours => ${ttl})
      RETURNING 1`;
  }
  ctes.push(`prior AS (${prior})`);
  if (write.kind === 'insert') {
    if (claimCte) ctes.push(`claim AS (${claimCte('true')})`);
    ctes.push(`w AS (${insertRow(p, write.row, claimCte ? 'EXISTS (SELECT 1 FROM claim)' : 'true')} RETURNING 1)`);
  } else {
    const table = identifier(write.table);
    const cols = columnsOf(write.values);
    ctes.push(`w AS (UPDATE ${table} AS t SET (${cols.join(', ')}) = ROW(${cols.map((c) => `r.${c}`).join(', ')})
      FROM json_populate_record(NULL::${table}, ${p.add(JSON.stringify(write.values), 'json')}) AS r
      WHERE t.id = ${p.add(write.id, 'uuid')} AND t.sequence = ${p.add(write.expectedSequence, 'int')} AND NOT EXISTS (SELECT 1 FROM prior)
      RETURNING 1)`);
    if (claimCte) ctes.push(`claim AS (${claimCte('EXISTS (SELECT 1 FROM w)')})`);
  }
  input.also.forEach((row, i) => ctes.push(`also${i} AS (${insertRow(p, row, 'EXISTS (SELECT 1 FROM w)')})`));
  // Its WHERE wakes the relay if it sleeps (the events are visible at commit); only if the row was written.
  const { schema, events, traceparent } = input.outbox;
  ctes.push(`o AS (${outboxInsertText(schema, p.values.length + 1, events.length > 0)} AND EXISTS (SELECT 1 FROM w) RETURNING 1)`);
  p.values.push(...outboxInsertParams(events, traceparent));
  const sql = `WITH ${ctes.join(',\n')}
    SELECT (SELECT count(*) FROM w)::int AS written, ${claimCte ? '(SELECT count(*) FROM claim)::int' : '0'} AS claimed,
           prior.request_hash AS prior_hash, prior.status AS prior_status, prior.response AS prior_response
      FROM (SELECT 1) AS one LEFT JOIN prior ON true`;
  return { sql, params: p.values };
}

/**
 * The statement's parameters, in the order buildStatement numbers them: the claim's seven, the
 * case row's (its JSON; an update's id and sequence after it), each further row's JSON, the
 * outbox's six. Checked against buildStatement's own each time a shape is first built.
 */
function statementParams(input: CommandStatementInput): unknown[] {
  const { claim, write } = input;
  const values: unknown[] = claim ? [claim.scope, claim.actorId, claim.key, claim.ttlHours, claim.requestHash, claim.status, JSON.stringify(claim.response)] : [];
  if (write.kind === 'insert') values.push(JSON.stringify(write.row.values));
  else values.push(JSON.stringify(write.values), write.id, write.expectedSequence);
  for (const row of input.also) values.push(JSON.stringify(row.values));
  values.push(...outboxInsertParams(input.outbox.events, input.outbox.traceparent));
  return values;
}

const rowShape = (table: string, values: ColumnValues, replace?: boolean) => `${table}${replace ? '!' : ''}(${Object.keys(values).join(',')})`;

/** Everything the statement's text depends on: the tables, the columns in order, whether there is a key, whether there are events. */
function statementShape(input: CommandStatementInput): string {
  const { claim, write } = input;
  const caseRow = write.kind === 'insert' ? `insert ${rowShape(write.row.table, write.row.values, write.row.replace)}` : `update ${rowShape(write.table, write.values)}`;
  const also = input.also.map((row) => rowShape(row.table, row.values, row.replace)).join(' ');
  return `${claim ? claim.table : '-'} ${caseRow} [${also}] ${input.outbox.schema} ${input.outbox.events.length > 0 ? 1 : 0}`;
}

// A service's commands have a few dozen shapes; the bound keeps a shape built from varying input from growing the cache.
const MAX_CACHED_SHAPES = 500;
const texts = new Map<string, string>();

/**
 * Builds the statement. With a key: `claim` first (an expired record is taken over), the case row
 * only if the key was claimed (create) — or the case row first, only if it is still at the version
 * read and the key is not recorded, and the claim only if the row was written (change) — and the
 * other rows and the outbox only if the case row was written.
 *
 * The text is built once per shape (statementShape) and the same string is answered after that, so
 * neither it nor its prepared statement's name is computed again per command; the parameters
 * (and the events' validation) are computed every time.
 */
export function commandStatement(input: CommandStatementInput): { sql: string; params: unknown[] } {
  const shape = statementShape(input);
  const sql = texts.get(shape);
  if (sql !== undefined) return { sql, params: statementParams(input) };
  const built = buildStatement(input);
  if (!sameParams(built.params, statementParams(input))) throw new Error(`commandStatement: parameters out of order for ${shape}`);
  if (texts.size < MAX_CACHED_SHAPES) texts.set(shape, built.sql);
  return built;
}

/** The same values, arrays (the outbox's columns) compared element by element. */
function sameParams(a: unknown[], b: unknown[]): boolean {
  const same = (x: unknown, y: unknown): boolean =>
    Array.isArray(x) && Array.isArray(y) ? x.length === y.length && x.every((v, i) => same(v, y[i])) : Object.is(x, y);
  return same(a, b);
}
