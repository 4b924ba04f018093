/**
 * The SQL of a command that needs no lock: one statement whose data-modifying CTEs claim the
 * Idempotency-Key (storing the answer with it), write the case's row and the rows beside it, and
 * append the events to the outbox — all or nothing, because one statement is one transaction.
 *
 * Rows are passed as one JSON object each and read with json_populate_record, so every column
 * gets its table's own type and the statement is the same whatever a row holds.
 */
import type { OutboxInsertSql } from '@casetrack/messaging';

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
  /** The outbox INSERT (outboxInsertCte), numbered from the parameter after this statement's own. */
  outbox: (firstParamIndex: number) => OutboxInsertSql;
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

/**
 * Builds the statement. With a key: `claim` first (an expired record is taken over), the case row
 * only if the key was claimed (create) — or the case row first, only if it is still at the version
 * read and the key is not recorded, and the claim only if the row was written (change) — and the
 * other rows and the outbox only if the case row was written.
 */
export function commandStatement(input: CommandStatementInput): { sql: string; params: unknown[] } {
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
  const outbox = input.outbox(p.values.length + 1);
  ctes.push(`o AS (${outbox.sql} AND EXISTS (SELECT 1 FROM w) RETURNING 1)`);
  p.values.push(...outbox.params);
  const sql = `WITH ${ctes.join(',\n')}
    SELECT (SELECT count(*) FROM w)::int AS written, ${claimCte ? '(SELECT count(*) FROM claim)::int' : '0'} AS claimed,
           prior.request_hash AS prior_hash, prior.status AS prior_status, prior.response AS prior_response
      FROM (SELECT 1) AS one LEFT JOIN prior ON true`;
  return { sql, params: p.values };
}
