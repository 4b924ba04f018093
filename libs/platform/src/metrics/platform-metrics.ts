import { RelayObserver } from '@casetrack/messaging';
import { DataSource } from 'typeorm';
import { ServiceMetrics } from './service-metrics';

/** The slice of a pg Pool the gauges read (TypeORM's postgres driver keeps one as `driver.master`). */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/**
 * Gauges of the service's database pool, read on scrape: connections in use (checked out), idle,
 * the most it opens, and requests waiting for a connection (above zero for long means the pool is
 * too small or a query hangs). Nothing is reported while the data source is not initialised.
 */
export function registerPoolMetrics(metrics: ServiceMetrics, dataSource: DataSource): void {
  const pool = () => (dataSource.isInitialized ? ((dataSource.driver as unknown as { master?: PoolCounts }).master ?? null) : null);
  const gauge = (name: string, help: string, value: (p: PoolCounts) => number | undefined) =>
    metrics.scrapedGauge({ name, help }, (g) => {
      const p = pool();
      const v = p && value(p);
      if (typeof v === 'number') g.set(v);
    });
  gauge('casetrack_db_pool_connections_in_use', 'Database connections checked out of the pool', (p) => p.totalCount - p.idleCount);
  gauge('casetrack_db_pool_connections_idle', 'Database connections open and idle in the pool', (p) => p.idleCount);
  gauge('casetrack_db_pool_connections_max', 'Most database connections the pool opens (DATABASE_POOL_SIZE)', (p) => p.options?.max);
  gauge('casetrack_db_pool_waiting_requests', 'Queries waiting for a database connection', (p) => p.waitingCount);
}

/**
 * Gauges of the service's outbox, read on scrape with one query over the partial index of unsent
 * rows: events waiting to be published, the age of the oldest (by the database's clock; 0 when
 * none waits), and events quarantined for good (never published, a case's consumers miss them).
 */
export function registerOutboxMetrics(metrics: ServiceMetrics, dataSource: DataSource, schema: string): void {
  let inFlight: Promise<{ waiting: number; oldest: number; quarantined: number }> | undefined;
  // A scrape collects the three gauges at once (prom-client starts every collect in one go): they share one query.
  const read = () =>
    (inFlight ??= dataSource
      .query(
        `SELECT (SELECT count(*) FROM "${schema}".outbox WHERE sent_at IS NULL AND quarantined_at IS NULL)::int AS waiting,
                coalesce((SELECT extract(epoch FROM now() - created_at) FROM "${schema}".outbox
                           WHERE sent_at IS NULL AND quarantined_at IS NULL ORDER BY id LIMIT 1), 0)::float8 AS oldest,
                (SELECT count(*) FROM "${schema}".outbox WHERE quarantined_at IS NOT NULL)::int AS quarantined`,
      )
      .then((rows: { waiting: number; oldest: number; quarantined: number }[]) => rows[0])
      .finally(() => (inFlight = undefined)));
  metrics.scrapedGauge({ name: 'casetrack_outbox_waiting_events', help: 'Events in the outbox not yet published to Kafka (quarantined ones not counted)' }, async (g) => g.set((await read()).waiting));
  metrics.scrapedGauge(
    { name: 'casetrack_outbox_oldest_waiting_age_seconds', help: 'Age of the oldest event waiting in the outbox, 0 when none waits' },
    async (g) => g.set((await read()).oldest),
  );
  metrics.scrapedGauge({ name: 'casetrack_outbox_quarantined_events', help: 'Events set aside for good by the relay (too large to publish)' }, async (g) => g.set((await read()).quarantined));
}

/** Counters of the outbox relay, and a relay observer feeding them. `active` says whether this instance's relay holds the lock. */
export function relayMetrics(metrics: ServiceMetrics, active: () => boolean): RelayObserver {
  const published = metrics.counter({ name: 'casetrack_relay_published_events_total', help: 'Events the relay published to Kafka (acknowledged and marked sent)' });
  const errors = metrics.counter({ name: 'casetrack_relay_errors_total', help: 'Failed passes of the relay loop (Kafka or PostgreSQL away, a refused request); each is retried with back-off' });
  const quarantined = metrics.counter({ name: 'casetrack_relay_quarantined_events_total', help: 'Events the relay quarantined (never to be published)' });
  const batches = metrics.histogram({
    name: 'casetrack_relay_batch_events',
    help: 'Events per produce request of the relay',
    buckets: [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000],
  });
  metrics.scrapedGauge({ name: 'casetrack_relay_active', help: '1 when this instance’s relay holds the outbox lock and publishes, 0 when it stands by (or is disabled)' }, (g) => g.set(active() ? 1 : 0));
  return {
    published: (n) => {
      published.inc(n);
      batches.observe(n);
    },
    failed: () => errors.inc(),
    quarantined: () => quarantined.inc(),
  };
}
