import { collectDefaultMetrics, Counter, CounterConfiguration, Gauge, Histogram, HistogramConfiguration, Registry } from 'prom-client';

/** Longest a scrape waits for one collector (a query, a Kafka request) before leaving its series out. */
const COLLECT_TIMEOUT_MS = 2_000;

/** Seconds buckets of request durations: 5 ms to 10 s. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * One service's metrics: its own prom-client Registry (never the global one, so services started
 * side by side in one process — the tests — keep theirs apart), every series labelled with the
 * service, Node's process metrics, and the HTTP request durations every service records.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  /** Request durations by method, route pattern (never the raw URL) and status. */
  readonly httpDuration: Histogram<'method' | 'route' | 'status_code'>;
  private readonly collectFailures: Counter<'collector'>;

  constructor(readonly serviceName: string) {
    this.registry.setDefaultLabels({ service: serviceName });
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = this.histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP requests by method, route pattern and status code, and how long they took',
      labelNames: ['method', 'route', 'status_code'],
      buckets: DURATION_BUCKETS,
    });
    this.collectFailures = this.counter({
      name: 'casetrack_metrics_collect_failures_total',
      help: 'Scrapes that left a collector’s series out because it failed or took longer than 2 s (database or Kafka away)',
      labelNames: ['collector'],
    });
  }

  counter<L extends string>(config: Omit<CounterConfiguration<L>, 'registers'>): Counter<L> {
    return new Counter({ ...config, registers: [this.registry] });
  }

  histogram<L extends string>(config: Omit<HistogramConfiguration<L>, 'registers'>): Histogram<L> {
    return new Histogram({ ...config, registers: [this.registry] });
  }

  /**
   * A gauge whose value is read when Prometheus scrapes (`read` sets it). A read that fails or takes
   * longer than 2 s leaves the gauge's series out of that scrape (an absent series, never a stale
   * value) and counts a collect failure; the rest of the scrape is answered.
   */
  scrapedGauge<L extends string>(config: { name: string; help: string; labelNames?: readonly L[] }, read: (gauge: Gauge<L>) => Promise<void> | void): Gauge<L> {
    const failures = this.collectFailures;
    return new Gauge<L>({
      ...config,
      registers: [this.registry],
      async collect() {
        this.reset();
        try {
          await withTimeout(Promise.resolve(read(this)), COLLECT_TIMEOUT_MS);
        } catch {
          this.reset();
          failures.inc({ collector: config.name });
        }
      },
    });
  }

  /** The Prometheus text exposition of every metric of this service. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`took longer than ${ms} ms`)), ms);
    }),
  ]);
}
