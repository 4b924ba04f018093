import { CaseEvent, envelopeSchema, findDefinition } from '@casetrack/contracts';
import { EventContractViolationError } from './event-contract-violation.error';

/** The NOTIFY channel a service's relay listens on. */
export const outboxChannel = (schema: string) => `${schema}_outbox`;

/**
 * The two int4 keys of the advisory lock a service's relay holds (session-level, exclusive) while
 * it is idle, as SQL arguments. Writers try it shared: refused means "the relay sleeps, wake it".
 * The two-key form lives in a keyspace of its own, apart from the relay's one-key leadership lock.
 */
export const outboxIdleLockArgs = (schema: string) => `hashtext('casetrack.outbox.idle'), hashtext('${schema}')`;

/** Outbox rows of validated events, column by column, in the order given. */
export interface OutboxColumns {
  eventIds: string[];
  topics: string[];
  partitionKeys: string[];
  eventTypes: string[];
  values: string[];
}

/**
 * Validates each event against its contract as its consumers will read it (the stored JSON) and
 * returns the outbox columns. Throws EventContractViolationError (or, for an unknown type, an
 * Error) at the first bad event, before anything is written.
 */
export function outboxColumns(events: readonly CaseEvent[]): OutboxColumns {
  const columns: OutboxColumns = { eventIds: [], topics: [], partitionKeys: [], eventTypes: [], values: [] };
  for (const event of events) {
    const definition = findDefinition(event.type, event.version);
    if (!definition) throw new Error(`no contract for ${event.type} v${event.version}`);
    const value = JSON.stringify(event);
    const problems: string[] = [];
    // An event of plain JSON values is what parsing its JSON would give; anything else (a Date, an
    // undefined member, NaN, a toJSON) is validated as parsed back, the form its consumers get.
    const stored: unknown = isPlainJson(event) ? event : JSON.parse(value);
    envelopeSchema.validate(stored, 'event', problems);
    definition.payload.validate((stored as { payload?: unknown }).payload, 'payload', problems);
    if (problems.length > 0) throw new EventContractViolationError(event.type, problems);
    columns.eventIds.push(event.eventId);
    columns.topics.push(definition.topic);
    columns.partitionKeys.push(event.caseId);
    columns.eventTypes.push(event.type);
    columns.values.push(value);
  }
  return columns;
}

/** True when `value` is made only of strings, finite numbers, booleans, null, arrays and plain objects: JSON.parse(JSON.stringify(value)) would equal it. */
function isPlainJson(value: unknown, depth = 0): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object' || depth > 8) return false;
  if (Array.isArray(value)) return value.every((v) => isPlainJson(v, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in value) if (!isPlainJson((value as Record<string, unknown>)[key], depth + 1)) return false;
  return true;
}

/**
 * The condition that wakes the relay only when it sleeps: a shared try of its idle lock. Granted
 * (the relay is busy, or not running) it is held to the end of the transaction, and the relay
 * cannot fall asleep before this transaction's rows are visible to it; refused (the relay holds it
 * and sleeps), the transaction NOTIFYs, which PostgreSQL delivers at commit. Always true; an
 * uncorrelated sub-select, so PostgreSQL evaluates it once per statement (an InitPlan).
 */
export function outboxWakeCondition(schema: string): string {
  return `(SELECT CASE WHEN pg_try_advisory_xact_lock_shared(${outboxIdleLockArgs(schema)}) THEN true
            ELSE (SELECT true FROM pg_notify('${outboxChannel(schema)}', '')) END)`;
}

/** One outbox INSERT as SQL text with its parameters, for a statement of its own or a data-modifying CTE. */
export interface OutboxInsertSql {
  /**
   * `INSERT INTO "<schema>".outbox (...) SELECT * FROM unnest($n::uuid[], …) WHERE <wake>`: the
   * relay's wake-up is part of the statement, so no composition can leave it out. Append
   * `AND <condition>` to insert only when the command's other rows were written, and/or
   * `RETURNING …` to use it as a CTE that is referenced.
   */
  sql: string;
  /** Five arrays and the trace (W3C traceparent or null), for $firstParamIndex … $firstParamIndex + 5. */
  params: unknown[];
}

/**
 * The text of the outbox INSERT (see OutboxInsertSql), its parameters numbered from
 * `firstParamIndex`; the same string object for the same arguments, so a statement composed of it
 * can be cached by its shape and prepared once per connection.
 */
export function outboxInsertText(schema: string, firstParamIndex: number, hasEvents: boolean): string {
  if (!Number.isInteger(firstParamIndex) || firstParamIndex < 1) throw new Error(`firstParamIndex must be a positive integer, not ${firstParamIndex}`);
  const cacheKey = `${schema}|${firstParamIndex}|${hasEvents ? 1 : 0}`;
  let sql = insertTexts.get(cacheKey);
  if (sql === undefined) {
    const p = (i: number) => `$${firstParamIndex + i}`;
    sql =
      `INSERT INTO "${schema}".outbox (event_id, topic, partition_key, event_type, value, traceparent) ` +
      `SELECT e.*, ${p(5)}::text FROM unnest(${p(0)}::uuid[], ${p(1)}::text[], ${p(2)}::text[], ${p(3)}::text[], ${p(4)}::text[]) AS e ` +
      // No events: a statement that inserts nothing and wakes nobody, so callers need not special-case it.
      `WHERE ${hasEvents ? outboxWakeCondition(schema) : 'false'}`;
    if (insertTexts.size < MAX_CACHED_TEXTS) insertTexts.set(cacheKey, sql);
  }
  return sql;
}

// A service has one or two schemas and a statement a handful of positions: a bound that is never reached.
const MAX_CACHED_TEXTS = 100;
const insertTexts = new Map<string, string>();

/** The six parameters of the outbox INSERT for `events` (validated as `outboxColumns` does) and the trace. */
export function outboxInsertParams(events: readonly CaseEvent[], traceparent: string | null = null): unknown[] {
  const c = outboxColumns(events);
  return [c.eventIds, c.topics, c.partitionKeys, c.eventTypes, c.values, traceparent];
}

/**
 * Validates `events` against their contracts (throws as `outboxColumns` does) and returns the
 * INSERT that stores them in outbox order, with the wake-up decision included, numbering its
 * parameters from `firstParamIndex`. Inside the caller's transaction (one statement is one), the
 * events become visible to the relay at commit, and the relay is woken then if it sleeps.
 */
export function outboxInsertCte(schema: string, events: readonly CaseEvent[], firstParamIndex = 1, traceparent: string | null = null): OutboxInsertSql {
  const sql = outboxInsertText(schema, firstParamIndex, events.length > 0);
  return { sql, params: outboxInsertParams(events, traceparent) };
}
