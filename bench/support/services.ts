import { randomBytes } from 'node:crypto';
import { BenchSettings } from '../settings';
import { authHeader } from './auth';
import { ChildNode } from './processes';

export interface ServiceOptions {
  /** CASETRACK_TOPIC_PREFIX of the service: the scenario's own topics. */
  topicPrefix: string;
  district: string;
  /** Label for logs, e.g. "ingest-mediation". */
  label: string;
  extraEnv?: Record<string, string>;
}

/** The run's own idempotency secret: NODE_ENV=production (as the services run here) refuses the built-in one. */
const IDEMPOTENCY_SECRET = randomBytes(32).toString('hex');

function commonEnv(s: BenchSettings, o: ServiceOptions): Record<string, string> {
  return {
    IDEMPOTENCY_SECRET,
    CASETRACK_TOPIC_PREFIX: o.topicPrefix,
    DATABASE_URL: s.databaseUrl,
    DATABASE_POOL_SIZE: String(s.poolSize),
    KAFKA_BROKERS: s.kafkaBrokers.join(','),
    DISTRICT_CODE: o.district,
    HOST: '127.0.0.1',
    AUTH_JWT_PUBLIC_KEY: s.tokenKeys.publicKeyPem,
    // The children run with NODE_ENV=production, which requires a metrics token; the bench does not scrape.
    METRICS_TOKEN: `bench-${s.runId}`.padEnd(40, '-'),
    ...o.extraEnv,
  };
}

/** Starts the built mediation service (relay on) on the bench port and waits for /health. */
export async function startMediation(s: BenchSettings, o: ServiceOptions): Promise<ChildNode> {
  const child = ChildNode.spawn(s.runId, {
    name: o.label,
    script: 'dist/apps/mediation/src/main.js',
    env: { ...commonEnv(s, o), MEDIATION_PORT: String(s.ports.mediation) },
    nodeFlags: s.serviceNodeFlags,
    port: s.ports.mediation,
  });
  await child.waitHealthy();
  return child;
}

/** Starts the built reporting service with its own consumer group on the bench port; waits for /health. */
export async function startReporting(s: BenchSettings, o: ServiceOptions & { groupId: string }): Promise<ChildNode> {
  const child = ChildNode.spawn(s.runId, {
    name: o.label,
    script: 'dist/apps/reporting/src/main.js',
    env: { ...commonEnv(s, o), REPORTING_PORT: String(s.ports.reporting), REPORTING_GROUP_ID: o.groupId },
    nodeFlags: s.serviceNodeFlags,
    port: s.ports.reporting,
  });
  await child.waitHealthy();
  return child;
}

/** Starts the bare insert server (the ingest baseline) with a pool of the services' size. */
export async function startBareServer(s: BenchSettings, label: string): Promise<ChildNode> {
  const child = ChildNode.spawn(s.runId, {
    name: label,
    script: 'dist/bench/baseline/bare-insert-server.js',
    env: { DATABASE_URL: s.databaseUrl, DATABASE_POOL_SIZE: String(s.poolSize), BASELINE_PORT: String(s.ports.baseline) },
    port: s.ports.baseline,
  });
  await child.waitHealthy();
  return child;
}

const readers = new Map<BenchSettings, Record<string, string>>();

/** A report path read as a report reader, as JSON (status and body). */
async function readReport(s: BenchSettings, path: string): Promise<{ status: number; body: any }> {
  let headers = readers.get(s);
  if (!headers) readers.set(s, (headers = authHeader(s, 'report-reader')));
  const res = await fetch(`http://127.0.0.1:${s.ports.reporting}${path}`, { headers });
  return { status: res.status, body: await res.json() };
}

/** The annual report of a year for a district. */
export function annualReport(s: BenchSettings, year: number, district: string): Promise<{ status: number; body: any }> {
  return readReport(s, `/v1/reports/annual/${year}?district=${district}`);
}

/** A year's mediation figures by month (rows for months 1–12, always all present). */
export function mediationByMonth(s: BenchSettings, year: number, district: string): Promise<{ status: number; body: any }> {
  return readReport(s, `/v1/reports/annual/${year}/mediation?by=month&district=${district}`);
}
