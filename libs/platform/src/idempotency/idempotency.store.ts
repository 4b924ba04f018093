import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { DomainError, InvalidInputError } from '../errors/domain-error';

/** What a creating command answers; stored under its Idempotency-Key and replayed on retry. */
export interface CommandResponse<T = unknown> {
  status: number;
  body: T;
  /** True when this is the stored answer to an earlier request with the same key. */
  replayed?: boolean;
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

/** SQL creating the idempotency table in a service schema. */
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
 * Honours the Idempotency-Key header inside the command's own transaction: the key, the work and
 * the stored response commit together or not at all. A retry with the same key and body gets the
 * first response and creates nothing; the same key with another body is a 422.
 */
export class IdempotencyStore {
  constructor(private readonly schema: string) {}

  async run<T>(
    em: EntityManager,
    scope: string,
    key: string | undefined,
    requestBody: unknown,
    work: () => Promise<CommandResponse<T>>,
  ): Promise<CommandResponse<T>> {
    if (key === undefined) return work();
    if (key.length === 0 || key.length > 200 || !/^[\x21-\x7e]+$/.test(key))
      throw new InvalidInputError('IDEMPOTENCY_KEY.INVALID', 'Idempotency-Key', 'Idempotency-Key must be 1–200 visible ASCII characters');
    const hash = createHash('sha256').update(canonicalJson(requestBody)).digest('hex');
    const claimed: unknown[] = await em.query(
      `INSERT INTO "${this.schema}".idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING key`,
      [scope, key, hash],
    );
    if (claimed.length === 0) {
      const [stored] = await em.query(
        `SELECT request_hash, status, response FROM "${this.schema}".idempotency_keys WHERE scope = $1 AND key = $2`,
        [scope, key],
      );
      if (stored.request_hash !== hash)
        throw new DomainError(
          'IDEMPOTENCY_KEY.REUSED',
          `Idempotency-Key ${key} was already used for a different request body`,
          'idempotency-mismatch',
        );
      return { status: stored.status, body: stored.response as T, replayed: true };
    }
    const response = await work();
    await em.query(`UPDATE "${this.schema}".idempotency_keys SET status = $3, response = $4 WHERE scope = $1 AND key = $2`, [
      scope,
      key,
      response.status,
      JSON.stringify(response.body),
    ]);
    return response;
  }
}
