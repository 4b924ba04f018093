import { CaseEvent } from '@casetrack/contracts';
import { OutboxWriter } from '@casetrack/messaging';
import { preparedQuery } from '@casetrack/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { currentActor } from '../auth/actor-context';
import { ServiceConfig } from '../config/service-config';
import { DomainError, NotFoundError } from '../errors/domain-error';
import { EventContext } from '../events/event-context';
import { CommandResponse, IdempotencyStore, StoredAnswer } from '../idempotency/idempotency.store';
import { Clock, IdGenerator } from '../time/clock';
import { ColumnValues, commandStatement, CommandStatementResult, KeyClaim, RowInsert } from './command-statement';

/** A case that changes by command: its id, and the sequence of its last event (the version a change was computed from). */
export interface CaseRow {
  id: string;
  sequence: number;
}

/** How a service's cases are stored, for the runner: the table, the columns of a row, how to read one. */
export interface CaseTable<T extends CaseRow> {
  /** The word in a 404's code and message: 'dispute' → DISPUTE.NOT_FOUND. */
  readonly entity: string;
  /** Schema-qualified, e.g. mediation.disputes. */
  readonly table: string;
  /** Every column of a new row. */
  insertValues(row: T): ColumnValues;
  /** The columns a change writes (sequence and updated_at among them). */
  updateValues(row: T): ColumnValues;
  /** Reads a case (no lock). */
  find(em: EntityManager, id: string): Promise<T | null>;
  /**
   * The select list `find` reads (unqualified columns of `table`) and its mapping to a case. With
   * them a change reads the case and its Idempotency-Key's record in one query; without, in two.
   */
  readonly columns?: string;
  fromRow?(row: Record<string, unknown>): T;
}

/** What a command asks for: its route (the key's scope), the Idempotency-Key if sent, and the body (hashed). */
export interface CommandRequest {
  scope: string;
  key?: string;
  body: unknown;
}

/** What a command decided: the row to write, its events, the rows beside it, and the answer. */
export interface CommandOutcome<T, V> {
  row: T;
  events: CaseEvent[];
  /** Further rows written with the change, in the same statement (a correction's reason, a hearing). */
  also?: RowInsert[];
  status: number;
  body: V;
}

/** Makes each event's context: a fresh event id per call, the command's time, district and actor. */
export type EventContexts = () => EventContext;

export interface ChangeHooks<T, C> {
  /**
   * Checked on the case as read, before the key is looked at: a user who may not act on the case
   * gets a 403, never another user's stored answer (e.g. a clerk of another committee).
   */
  mayAct?: (current: T) => void;
  /** Read beside the case, in parallel (e.g. a lawsuit's hearings, for the answer). */
  alongside?: (em: EntityManager, id: string) => Promise<C>;
}

/**
 * The one command path of the case services. A command reads what it needs, decides in memory
 * (the domain), then writes everything in a single SQL statement — the Idempotency-Key's claim
 * with its answer, the case row, the rows beside it and the outbox rows — which is atomic on its
 * own: no BEGIN, no COMMIT, no lock held across round trips.
 *
 * - create: one round trip. The key's claim comes first in the statement; the row and the events
 *   are written only if it was claimed. A key already recorded answers with the stored answer (or
 *   422 for another body).
 * - change: two. The case and the key's record are read in one query (two, in parallel, for a
 *   table that does not give its columns); a recorded key is answered from the record (after the
 *   access check on the case). Otherwise the statement writes the row
 *   only if it is still at the sequence read (optimistic: a concurrent change of the same case
 *   makes it write nothing; nothing is written twice because the claim, the rows and the outbox
 *   all depend on the row's write). Then the command runs once more with the case locked
 *   (BEGIN, SELECT … FOR UPDATE, the same reads and statement, COMMIT), so it always progresses.
 *
 * Both queries run as named prepared statements (preparedQuery): PostgreSQL plans each text once
 * per connection instead of once per command.
 *
 * For commands that must hold a lock while they read more (file review's draw and scoring),
 * `inTransaction` keeps the locking transaction with the same idempotency rules.
 */
export class CommandRunner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly idempotency: IdempotencyStore,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly config: ServiceConfig,
  ) {}

  newId(): string {
    return this.ids.next();
  }

  get timeZone(): string {
    return this.config.timeZone;
  }

  /** Creates a case: `decide` builds the row, its events and the answer. */
  async create<T extends CaseRow, V>(table: CaseTable<T>, req: CommandRequest, decide: (now: Date, ctx: EventContexts) => CommandOutcome<T, V> | Promise<CommandOutcome<T, V>>): Promise<CommandResponse<V>> {
    if (req.key !== undefined) this.idempotency.checkKey(req.key);
    const now = this.clock.now();
    const outcome = await decide(now, this.contexts(now));
    const result = await this.execute(this.dataSource.manager, { kind: 'insert', row: { table: table.table, values: table.insertValues(outcome.row) } }, req, outcome);
    if (result.written === 1) return { status: outcome.status, body: outcome.body };
    return this.answerRecorded<V>(req, result);
  }

  /** Changes the case `id`: `decide` gets it as read and returns its next state, events and answer. */
  async change<T extends CaseRow, V, C = undefined>(
    table: CaseTable<T>,
    id: string,
    req: CommandRequest,
    decide: (current: T, now: Date, ctx: EventContexts, alongside: C) => CommandOutcome<T, V>,
    hooks: ChangeHooks<T, C> = {},
  ): Promise<CommandResponse<V>> {
    if (req.key !== undefined) this.idempotency.checkKey(req.key);
    const first = await this.attemptChange(this.dataSource.manager, table, id, req, decide, hooks);
    if (first !== 'moved-on') return first;
    // The case moved on between the read and the write (another change committed first): decide
    // again with the case locked, so a busy case cannot starve a command.
    return this.dataSource.transaction(async (em) => {
      await em.query(`SELECT 1 FROM ${table.table} WHERE id = $1 FOR UPDATE`, [id]);
      const locked = await this.attemptChange(em, table, id, req, decide, hooks);
      if (locked === 'moved-on') throw new Error(`${table.entity} ${id} changed while locked`);
      return locked;
    });
  }

  /** One read–decide–write of a change; 'moved-on' when the case was no longer at the sequence read. */
  private async attemptChange<T extends CaseRow, V, C>(
    em: EntityManager,
    table: CaseTable<T>,
    id: string,
    req: CommandRequest,
    decide: (current: T, now: Date, ctx: EventContexts, alongside: C) => CommandOutcome<T, V>,
    hooks: ChangeHooks<T, C>,
  ): Promise<CommandResponse<V> | 'moved-on'> {
    const [{ current, stored }, alongside] = await this.readForChange(em, table, id, req, hooks);
    if (!current) throw new NotFoundError(table.entity, id);
    hooks.mayAct?.(current);
    if (stored) return this.idempotency.replay<V>(stored, req.key!, this.idempotency.requestHash(req.body));
    const now = this.clock.now();
    const outcome = decide(current, now, this.contexts(now), alongside as C);
    if (outcome.row.sequence <= current.sequence) throw new Error(`a change of ${table.entity} ${id} must publish an event (sequence ${current.sequence} → ${outcome.row.sequence})`);
    const result = await this.execute(em, { kind: 'update', table: table.table, id, expectedSequence: current.sequence, values: table.updateValues(outcome.row) }, req, outcome);
    if (result.written === 1) return { status: outcome.status, body: outcome.body };
    if (result.prior_hash !== null) return this.answerRecorded<V>(req, result);
    return 'moved-on';
  }

  /**
   * The case, its key's record and what `alongside` reads. The case and the key come from one
   * query when the table gives its columns; outside a transaction `alongside` runs beside it on
   * another pooled connection, inside one after it on the transaction's own.
   */
  private async readForChange<T extends CaseRow, C>(
    em: EntityManager,
    table: CaseTable<T>,
    id: string,
    req: CommandRequest,
    hooks: ChangeHooks<T, C>,
  ): Promise<[{ current: T | null; stored: StoredAnswer | null }, C]> {
    const caseAndKey = () => this.readCaseAndKey(em, table, id, req);
    const alongside = () => (hooks.alongside ? hooks.alongside(em, id) : Promise.resolve(undefined as C));
    if (em.queryRunner?.isTransactionActive === true) return [await caseAndKey(), await alongside()];
    return Promise.all([caseAndKey(), alongside()]);
  }

  private async readCaseAndKey<T extends CaseRow>(em: EntityManager, table: CaseTable<T>, id: string, req: CommandRequest): Promise<{ current: T | null; stored: StoredAnswer | null }> {
    const lookup = () => (req.key === undefined ? Promise.resolve(null) : this.idempotency.lookup(em, req.scope, req.key));
    if (table.columns === undefined || table.fromRow === undefined) {
      const inTransaction = em.queryRunner?.isTransactionActive === true;
      const [current, stored] = inTransaction ? [await table.find(em, id), await lookup()] : await Promise.all([table.find(em, id), lookup()]);
      return { current, stored };
    }
    const { sql, params } = caseAndKeyQuery(table.table, table.columns, this.idempotency.table, id, req.key === undefined ? undefined : { scope: req.scope, actorId: currentActor()?.id ?? '', key: req.key, ttlHours: this.idempotency.ttlHours });
    const [row] = await preparedQuery<Record<string, unknown>>(em, sql, params);
    const { [FOUND]: found, [KEY_HASH]: hash, [KEY_STATUS]: status, [KEY_RESPONSE]: response, ...columns } = row;
    return {
      current: found === true ? table.fromRow(columns) : null,
      stored: hash === null || hash === undefined ? null : { request_hash: hash as string, status: status as number | null, response },
    };
  }

  /**
   * A command that holds its case locked while it reads and writes (SELECT … FOR UPDATE inside
   * `work`), in one transaction with the key's claim and the outbox rows.
   */
  inTransaction<V>(req: CommandRequest, work: (em: EntityManager, now: Date, ctx: EventContexts) => Promise<{ events: CaseEvent[]; status: number; body: V }>): Promise<CommandResponse<V>> {
    return this.dataSource.transaction((em) =>
      this.idempotency.run(em, req.scope, req.key, req.body, async () => {
        const now = this.clock.now();
        const { events, status, body } = await work(em, now, this.contexts(now));
        await this.outbox.append(em, events);
        return { status, body };
      }),
    );
  }

  private async execute<T, V>(em: EntityManager, write: Parameters<typeof commandStatement>[0]['write'], req: CommandRequest, outcome: CommandOutcome<T, V>): Promise<CommandStatementResult> {
    // The events are validated against their contracts while the statement's parameters are built:
    // a violation is a 422 and nothing is written.
    const outbox = { schema: this.outbox.schema, events: outcome.events, traceparent: this.outbox.traceparent() };
    const claim: KeyClaim | undefined =
      req.key === undefined
        ? undefined
        : {
            table: `${this.idempotency.schema}.idempotency_keys`,
            scope: req.scope,
            actorId: currentActor()?.id ?? '',
            key: req.key,
            requestHash: this.idempotency.requestHash(req.body),
            ttlHours: this.idempotency.ttlHours,
            status: outcome.status,
            response: outcome.body,
          };
    const { sql, params } = commandStatement({ write, also: outcome.also ?? [], outbox, claim });
    const [result] = await preparedQuery<CommandStatementResult>(em, sql, params);
    return result;
  }

  /** The answer when the statement wrote nothing because the key was already recorded. */
  private async answerRecorded<V>(req: CommandRequest, result: CommandStatementResult): Promise<CommandResponse<V>> {
    const hash = this.idempotency.requestHash(req.body);
    if (result.prior_hash !== null)
      return this.idempotency.replay<V>({ request_hash: result.prior_hash, status: result.prior_status, response: result.prior_response }, req.key!, hash);
    // Recorded by a request that committed while this statement ran (invisible to its snapshot): read it now.
    const stored = await this.idempotency.lookup(this.dataSource.manager, req.scope, req.key!);
    if (!stored) throw new DomainError('IDEMPOTENCY_KEY.IN_FLIGHT', `a request with Idempotency-Key ${req.key} is still being processed; retry`, 'conflict');
    return this.idempotency.replay<V>(stored, req.key!, hash);
  }

  private contexts(now: Date): EventContexts {
    const actorId = currentActor()?.id ?? null;
    return () => ({ eventId: this.ids.next(), occurredAt: now, district: this.config.districtCode, timeZone: this.config.timeZone, actorId });
  }
}

// Names of the read's own columns, apart from the case's (no case table has columns named so).
const FOUND = 'command_case_found';
const KEY_HASH = 'command_key_request_hash';
const KEY_STATUS = 'command_key_status';
const KEY_RESPONSE = 'command_key_response';

/**
 * One row: the case's columns (all null when there is no such case), whether it was found, and the
 * key's record (null columns when the key is not recorded, has expired, or none was sent).
 */
export function caseAndKeyQuery(
  caseTable: string,
  columns: string,
  keyTable: string,
  id: string,
  key?: { scope: string; actorId: string; key: string; ttlHours: number },
): { sql: string; params: unknown[] } {
  const shape = `${caseTable}|${columns}|${keyTable}|${key ? 1 : 0}`;
  let sql = readTexts.get(shape);
  if (sql === undefined) {
    const keyJoin = key
      ? `LEFT JOIN (SELECT request_hash, status, response FROM ${keyTable}
                   WHERE scope = $2 AND actor_id = $3 AND key = $4 AND created_at >= now() - make_interval(hours => $5::int)) AS k ON true`
      : `LEFT JOIN (SELECT NULL::text AS request_hash, NULL::int AS status, NULL::jsonb AS response) AS k ON true`;
    sql = `SELECT c.*, k.request_hash AS ${KEY_HASH}, k.status AS ${KEY_STATUS}, k.response AS ${KEY_RESPONSE}
    FROM (SELECT 1) AS one
    LEFT JOIN (SELECT ${columns}, true AS ${FOUND} FROM ${caseTable} WHERE id = $1) AS c ON true
    ${keyJoin}`;
    // Built once per table (the same string after that, so its statement name is not hashed again); the tables are constants.
    if (readTexts.size < 100) readTexts.set(shape, sql);
  }
  return { sql, params: key ? [id, key.scope, key.actorId, key.key, key.ttlHours] : [id] };
}

const readTexts = new Map<string, string>();
