import { createHash } from 'node:crypto';
import type { Pool, PoolClient, QueryResult } from 'pg';
import { EntityManager, QueryFailedError } from 'typeorm';

/** More distinct texts than this and the rest run unnamed: a statement built from varying input must not fill every connection with plans. */
const MAX_NAMED_STATEMENTS = 500;
const names = new Map<string, string>();

function statementName(sql: string): string | undefined {
  let name = names.get(sql);
  if (name === undefined && names.size < MAX_NAMED_STATEMENTS) {
    name = `casetrack_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    names.set(sql, name);
  }
  return name;
}

interface PgQueryRunner {
  isReleased: boolean;
  isTransactionActive: boolean;
  connect(): Promise<PoolClient>;
}

/**
 * Runs `sql` as a named prepared statement: PostgreSQL parses and analyses it once per connection,
 * not once per request (a command's statement is the same text whatever its values). Inside a
 * transaction it runs on the transaction's connection; otherwise on a connection of the
 * DataSource's pool, without TypeORM's query runner around it. Answers the rows, like `em.query`
 * does for a SELECT; a failure is a TypeORM QueryFailedError, logged the same way (SQL, no values).
 */
export async function preparedQuery<R>(em: EntityManager, sql: string, params: unknown[]): Promise<R[]> {
  const config = { name: statementName(sql), text: sql, values: params };
  const runner = em.queryRunner as unknown as PgQueryRunner | undefined;
  let client: PoolClient;
  let release: ((failure?: unknown) => void) | undefined;
  if (runner && !runner.isReleased && runner.isTransactionActive) client = await runner.connect();
  else {
    const pooled = await (em.connection.driver as unknown as { master: Pool }).master.connect();
    // A checked-out client has no listener of the pool's: a connection that breaks while it is out
    // (PostgreSQL restarted, the backend terminated) emits 'error', which with no listener would
    // end the process. Note it, and hand the client back with it so the pool discards it.
    let broken: Error | undefined;
    const onError = (err: Error) => (broken = err);
    pooled.on('error', onError);
    release = (failure) => {
      pooled.removeListener('error', onError);
      // A query that failed with its connection (FATAL, or no answer at all) must not leave the
      // client to the next request: its socket may not have closed yet.
      pooled.release(broken ?? (connectionFailure(failure) ? (failure as Error) : undefined));
    };
    client = pooled;
  }
  let failure: unknown;
  try {
    const result: QueryResult = await client.query(config);
    return result.rows as R[];
  } catch (err) {
    failure = err;
    em.connection.logger.logQueryError(err as Error, sql, params);
    throw new QueryFailedError(sql, params, err as Error);
  } finally {
    release?.(failure);
  }
}

/** A failure of the connection rather than of the statement: FATAL or PANIC from the server, a connection or shutdown class code, or no server answer. */
function connectionFailure(err: unknown): boolean {
  if (err === undefined) return false;
  const { severity, code } = err as { severity?: string; code?: string };
  return severity === 'FATAL' || severity === 'PANIC' || code === undefined || /^(08|57P)/.test(code);
}
