import { Client } from 'pg';
import { DataSource, EntitySchema, MixedList } from 'typeorm';
import { ParameterFreeQueryLogger } from './parameter-free-query-logger';

export interface DataSourceOptions {
  url: string;
  /** The service's own schema; it holds its tables and its migrations table. */
  schema: string;
  migrations: MixedList<Function | string>;
  entities?: MixedList<Function | string | EntitySchema>;
  applicationName: string;
  poolSize?: number;
  /** Schemas unqualified table names resolve to on every connection (e.g. the reporting schema, so its SQL can be pointed at a rebuild schema). */
  searchPath?: string;
  /** How long a transaction may sit idle between two statements before PostgreSQL ends it (default 30 s). */
  idleInTransactionTimeoutMs?: number;
}

export const DEFAULT_IDLE_IN_TRANSACTION_TIMEOUT_MS = 30_000;

/** Builds (does not connect) a PostgreSQL DataSource scoped to one service schema; never synchronizes. */
export function createDataSource(opts: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: opts.url,
    schema: opts.schema,
    entities: opts.entities ?? [],
    migrations: opts.migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    logging: ['error'],
    // Never TypeORM's own logger: it prints a failed query's parameters (personal data).
    logger: new ParameterFreeQueryLogger(),
    applicationName: opts.applicationName,
    poolSize: opts.poolSize ?? 10,
    extra: {
      // Fail fast instead of queueing forever when the database is gone; the request then gets a 503.
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
      // A transaction idle this long belongs to a process that stalled mid-way (stopped, hung):
      // PostgreSQL ends it and frees its row locks, which would otherwise hold up every other
      // replica (reporting replicas share rollup rows) until that process comes back, if ever.
      // Long enough that a busy machine's pauses between two statements never reach it (decision 12).
      idle_in_transaction_session_timeout: opts.idleInTransactionTimeoutMs ?? DEFAULT_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      ...(opts.searchPath ? { options: `-c search_path=${opts.searchPath}` } : {}),
    },
  });
}

/**
 * Connects, creates the schema if missing and runs pending migrations under an advisory lock,
 * so that several replicas starting together migrate once.
 */
export async function initializeAndMigrate(dataSource: DataSource, schema: string): Promise<void> {
  const url = (dataSource.options as { url?: string }).url;
  if (url) await ensureDatabase(url);
  if (!dataSource.isInitialized) await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext($1))`, [`casetrack.migrate.${schema}`]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`casetrack.migrate.${schema}`]).catch(() => undefined);
    await runner.release();
  }
}

/** Refuses to touch a database whose name does not say "test" (guards test helpers). */
export function assertTestDatabase(url: string): void {
  const name = new URL(url).pathname.replace(/^\//, '');
  if (!/test/i.test(name)) throw new Error(`refusing to use database "${name}" for tests: its name must contain "test"`);
}

/** Creates the database named in `url` when it does not exist yet (first start on a new server). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch((err: { code?: string }) => {
        if (err.code !== '42P04' && err.code !== '23505') throw err; // created meanwhile by another process
      });
    }
  } finally {
    await client.end();
  }
}
