import { generateKeyPairSync, KeyObject } from 'node:crypto';

/**
 * What one benchmark run uses: its sizes (full or BENCH_QUICK=1), its own database, ports, topic
 * prefixes, consumer groups and district codes, so nothing it does is seen by the other engineers'
 * services and test suites on the same broker and PostgreSQL.
 */
export interface BenchSettings {
  quick: boolean;
  /** `bench-<timestamp>`: the root of every topic prefix and consumer group of this run. */
  runId: string;
  databaseUrl: string;
  /** The run's own Ed25519 token key pair: its services get the public key (AUTH_JWT_PUBLIC_KEY), the bench signs with the private one. */
  tokenKeys: { publicKeyPem: string; privateKey: KeyObject };
  kafkaBrokers: string[];
  ports: { mediation: number; reporting: number; baseline: number };
  /** PostgreSQL pool per service process, and of the bare baseline server (the same on both sides). */
  poolSize: number;
  /** Scenarios to run (BENCH_ONLY=ingest,relay picks some; default all). */
  only: ReadonlySet<ScenarioName>;
  ingest: { connections: number; warmupSeconds: number; durationSeconds: number };
  projection: { events: number; timeoutSeconds: number };
  freshness: { ratePerSecond: number; durationSeconds: number; warmupSeconds: number; probesPerSecond: number; pollIntervalMs: number };
  relay: { rows: number; batchSize: number };
  cost: { idleSeconds: number; sampleIntervalMs: number };
  /** Extra node flags for the service processes (BENCH_NODE_FLAGS="--cpu-prof --cpu-prof-dir=…"). */
  serviceNodeFlags: string[];
}

export const SCENARIOS = ['ingest', 'projection', 'freshness', 'relay', 'cost'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/** District codes, one per scenario: each scenario's figures are read for its own district. */
export const DISTRICTS = { ingest: '910001', projection: '910002', freshness: '910003', relay: '910004' } as const;

function benchTokenKeys(): BenchSettings['tokenKeys'] {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), privateKey };
}

function flag(name: string): boolean {
  return ['1', 'true', 'yes'].includes((process.env[name] ?? '').toLowerCase());
}

/**
 * Reads the run's settings from the environment (BENCH_QUICK, BENCH_ONLY, KAFKA_BROKERS,
 * BENCH_DATABASE_URL, BENCH_PORT_OFFSET); `args` (the command line's --quick and --only) win over
 * the environment.
 */
export function loadSettings(now = new Date(), args: { quick?: boolean; only?: readonly ScenarioName[] } = {}): BenchSettings {
  const quick = args.quick ?? flag('BENCH_QUICK');
  const only = (args.only?.join(',') ?? process.env.BENCH_ONLY ?? SCENARIOS.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = only.filter((s) => !(SCENARIOS as readonly string[]).includes(s));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown scenario(s) ${unknown.join(', ')}; known: ${SCENARIOS.join(', ')}`);
  // Two engineers benchmarking on one machine each take an offset (and a database of their own).
  const offset = process.env.BENCH_PORT_OFFSET ?? '0';
  if (!/^\d{1,4}$/.test(offset) || Number(offset) > 1000) throw new Error(`BENCH_PORT_OFFSET must be a whole number from 0 to 1000, got ${offset}`);
  const port = (base: number) => base + Number(offset);
  return {
    quick,
    runId: `bench-${now.getTime()}`,
    tokenKeys: benchTokenKeys(),
    databaseUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/casetrack_bench',
    kafkaBrokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',').map((b) => b.trim()),
    ports: { mediation: port(4001), reporting: port(4005), baseline: port(4090) },
    poolSize: 10,
    only: new Set(only as ScenarioName[]),
    ingest: { connections: 64, warmupSeconds: quick ? 2 : 5, durationSeconds: quick ? 5 : 20 },
    projection: { events: quick ? 100_000 : 1_000_000, timeoutSeconds: quick ? 180 : 900 },
    freshness: { ratePerSecond: 500, durationSeconds: quick ? 10 : 30, warmupSeconds: quick ? 2 : 5, probesPerSecond: 4, pollIntervalMs: 50 },
    relay: { rows: quick ? 10_000 : 100_000, batchSize: 1000 },
    cost: { idleSeconds: quick ? 15 : 60, sampleIntervalMs: 1000 },
    serviceNodeFlags: (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean),
  };
}

/** The topic prefix of one scenario: each scenario gets topics of its own, so its figures are its own. */
export const topicPrefix = (s: BenchSettings, scenario: string) => `${s.runId}.${scenario}.`;

/** The consumer group of one scenario's reporting service (a new group replays from offset 0). */
export const groupId = (s: BenchSettings, scenario: string) => `${s.runId}-${scenario}`;
