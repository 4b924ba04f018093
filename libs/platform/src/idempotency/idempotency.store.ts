import { createHmac } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { currentActor } from '../auth/actor-context';
import { DomainError, InvalidInputError } from '../errors/domain-error';

/** What a creating command answers; stored under its Idempotency-Key and replayed on retry. */
export interface CommandResponse<T = unknown> {
  status: number;
  body: T;
  /** True when this is the stored answer to an earlier request with the same key. */
  replayed?: boolean;
}

/** An Idempotency-Key's record as stored: the request's hash and the answer given (null while in flight). */
export interface StoredAnswer {
  request_hash: string;
  status: number | null;
  response: unknown;
}

/** A JSON text with object keys sorted, so equal bodies hash equally whatever their key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * SQL creating the idempotency table in a service schema, as the services' first migrations made
 * it. Frozen: later changes are migrations of their own (idempotencyPerUserSql).
 */
export function idempotencyTableSql(schema: string): string[] {
  return [
    `CREATE TABLE "${schema}".idempotency_keys (
       scope text NOT NULL,
       key text NOT NULL,
       request_hash text NOT NULL,
       status int,
       response jsonb,
       created_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (scope, key)
     )`,
  ];
}

/**
 * SQL scoping idempotency keys to the user (actor_id in the key) and indexing created_at for the
 * pruning of expired records. It deletes the records kept so far: their hashes were plain SHA-256
 * (now keyed, so they could never match again) and some stored responses held personal data.
 */
export function idempotencyPerUserSql(schema: string): string[] {
  return [
    `DELETE FROM "${schema}".idempotency_keys`,
    `ALTER TABLE "${schema}".idempotency_keys ADD COLUMN actor_id text NOT NULL DEFAULT ''`,
    `ALTER TABLE "${schema}".idempotency_keys DROP CONSTRAINT idempotency_keys_pkey`,
    `ALTER TABLE "${schema}".idempotency_keys ADD PRIMARY KEY (scope, actor_id, key)`,
    `CREATE INDEX idempotency_keys_by_created ON "${schema}".idempotency_keys (created_at)`,
  ];
}

/** The reverse of idempotencyPerUserSql, for a migration's `down` (the records are deleted again). */
export function idempotencyPerUserDownSql(schema: string): string[] {
  return [
    `DELETE FROM "${schema}".idempotency_keys`,
    `DROP INDEX "${schema}".idempotency_keys_by_created`,
    `ALTER TABLE "${schema}".idempotency_keys DROP CONSTRAINT idempotency_keys_pkey, ADD PRIMARY KEY (scope, key), DROP COLUMN actor_id`,
  ];
}

/** The settings the store needs (see loadIdempotencyConfig). */
export interface IdempotencyOptions {
  /** Keys the request hash (HMAC-SHA256). */
  secret: string;
  /** After this many hours a key is forgotten: the same key again is a new request. */
  ttlHours: number;
}

/**
 * Honours the Idempotency-Key header inside the command's own transaction: the key, the work and
 * the stored response commit together or not at all. A retry with the same key and body gets the
 * first response and creates nothing; the same key with another body is a 422.
 *
 * A key belongs to the user who sent it (the request's actor) and to the route: another user's
 * identical key is simply another key, so nobody is replayed someone else's answer. The body is
 * stored only as an HMAC keyed with a server secret, so a stored hash cannot be brute-forced back
 * to the identity number in it. The stored response is replayed verbatim: callers store only what
 * they would answer, which never holds unmasked personal data.
 */
export class IdempotencyStore {
  constructor(
    readonly schema: string,
    private readonly options: IdempotencyOptions,
  ) {}

  /** The stored form of a request body: HMAC-SHA256 of its canonical JSON, hex. */
  requestHash(requestBody: unknown): string {
    return createHmac('sha256', this.options.secret).update(canonicalJson(requestBody)).digest('hex');
  }

  /** The TTL in hours (a record older than this is forgotten). */
  get ttlHours(): number {
    return this.options.ttlHours;
  }

  /** The schema-qualified table, for statements that claim a key alongside their own writes. */
  get table(): string {
    return `"${this.schema}".idempotency_keys`;
  }

  /** Refuses a malformed Idempotency-Key (400 naming the header). */
  checkKey(key: string): void {
    if (key.length === 0 || key.length > 200 || !/^[\x21-\x7e]+$/.test(key))
      throw new InvalidInputError('IDEMPOTENCY_KEY.INVALID', 'Idempotency-Key', 'Idempotency-Key must be 1–200 visible ASCII characters');
  }

  /** The record of a key this user used on this route and that has not expired, if any. */
  async lookup(em: EntityManager, scope: string, key: string): Promise<StoredAnswer | null> {
    const rows: StoredAnswer[] = await em.query(
      `SELECT request_hash, status, response FROM ${this.table}
        WHERE scope = $1 AND actor_id = $2 AND key = $3 AND created_at >= now() - make_interval(hours => $4)`,
      [scope, currentActor()?.id ?? '', key, this.options.ttlHours],
    );
    return rows[0] ?? null;
  }

  /**
   * The answer to a request whose key is already recorded: the stored answer when the body is the
   * same, a 422 when it differs. A record still being written (status null) is the same request in
   * flight: 409, try again.
   */
  replay<T>(stored: StoredAnswer, key: string, requestHash: string): CommandResponse<T> {
    if (stored.request_hash !== requestHash)
      throw new DomainError('IDEMPOTENCY_KEY.REUSED', `Idempotency-Key ${key} was already used for a different request body`, 'idempotency-mismatch');
    if (stored.status === null) throw new DomainError('IDEMPOTENCY_KEY.IN_FLIGHT', `a request with Idempotency-Key ${key} is still being processed; retry`, 'conflict');
    return { status: stored.status, body: stored.response as T, replayed: true };
  }

  async run<T>(
    em: EntityManager,
    scope: string,
    key: string | undefined,
    requestBody: unknown,
    work: () => Promise<CommandResponse<T>>,
  ): Promise<CommandResponse<T>> {
    if (key === undefined) return work();
    this.checkKey(key);
    const actorId = currentActor()?.id ?? '';
    const hash = this.requestHash(requestBody);
    // An expired record is taken over as if it were not there (the pruner may not have reached it yet).
    const claimed: unknown[] = await em.query(
      `INSERT INTO ${this.table} AS k (scope, actor_id, key, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (scope, actor_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, status = NULL, response = NULL, created_at = now()
         WHERE k.created_at < now() - make_interval(hours => $5)
       RETURNING key`,
      [scope, actorId, key, hash, this.options.ttlHours],
    );
    if (claimed.length === 0) {
      const [stored] = await em.query(`SELECT request_hash, status, response FROM ${this.table} WHERE scope = $1 AND actor_id = $2 AND key = $3`, [scope, actorId, key]);
      return this.replay<T>(stored, key, hash);
    }
    const response = await work();
    await em.query(`UPDATE ${this.table} SET status = $4, response = $5 WHERE scope = $1 AND actor_id = $2 AND key = $3`, [
      scope, actorId, key, response.status, JSON.stringify(response.body),
    ]);
    return response;
  }

  /**
   * Deletes at most `batchSize` records older than the TTL in one short statement and returns how
   * many it deleted. Rows another replica is deleting are skipped, not waited for.
   */
  async pruneBatch(em: EntityManager, batchSize: number): Promise<number> {
    // TypeORM answers a DELETE with [rows, affected row count].
    const [, deleted]: [unknown[], number] = await em.query(
      `DELETE FROM "${this.schema}".idempotency_keys WHERE ctid IN (
         SELECT ctid FROM "${this.schema}".idempotency_keys WHERE created_at < now() - make_interval(hours => $1)
         ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED)`,
      [this.options.ttlHours, batchSize],
    );
    return deleted;
  }
}
