import autocannon = require('autocannon');
import { Pool } from 'pg';
import { BackendCpu } from './pg-backends';
import { ProcessSampler, ProcessUsage } from './proc-stats';

/** What one closed-loop HTTP load run measured. */
export interface LoadResult {
  /** Successful (2xx) responses per second over the measured window. */
  okPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  seconds: number;
  statusCodes: Record<string, number>;
  /** CPU and RSS of the server processes during the measured window. */
  usage: Record<string, ProcessUsage>;
  /** CPU seconds of the PostgreSQL backends serving the server during the measured window. */
  postgresCpuSeconds: number;
  /** CPU milliseconds per 2xx answer: the server processes and their PostgreSQL backends together. */
  cpuMsPerRequest: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** Builds each request (path, headers, body); called once per request sent. */
  next: () => { path: string; headers: Record<string, string>; body: string };
  /** Server processes whose CPU and RSS are sampled during the measured window. */
  pids: Record<string, number>;
  sampleIntervalMs: number;
  /** The bench database and the application_name of the server's connections, for PostgreSQL's CPU. */
  db: Pool;
  pgApplications: string[];
}

/**
 * Runs autocannon with `connections` keep-alive connections: a warm-up run first (JIT, pools,
 * caches; not measured), then the measured run, with the server processes sampled meanwhile.
 */
export async function closedLoopLoad(opts: LoadOptions): Promise<LoadResult> {
  const run = (duration: number) =>
    autocannon({
      url: opts.url,
      connections: opts.connections,
      duration,
      timeout: 30,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            const next = opts.next();
            request.path = next.path;
            request.headers = { ...request.headers, 'content-type': 'application/json', ...next.headers };
            request.body = next.body;
            return request;
          },
        },
      ],
    });
  if (opts.warmupSeconds > 0) await run(opts.warmupSeconds);
  const sampler = new ProcessSampler(opts.pids, opts.sampleIntervalMs).start();
  const backends = await new BackendCpu(opts.db, opts.pgApplications).begin();
  const result = await run(opts.durationSeconds);
  const usage = sampler.stop();
  const postgres = await backends.end();
  const processCpu = Object.values(usage).reduce((sum, u) => sum + (u.cpuPercent / 100) * u.seconds, 0);
  return {
    okPerSecond: result['2xx'] / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    seconds: result.duration,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
    usage,
    postgresCpuSeconds: postgres.cpuSeconds,
    cpuMsPerRequest: result['2xx'] > 0 ? ((processCpu + postgres.cpuSeconds) / result['2xx']) * 1000 : 0,
  };
}
