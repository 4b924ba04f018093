/**
 * CPU per command of the built mediation service alone, counted over a fixed number of requests
 * rather than a time window, so a loaded machine changes the rate but hardly the cost: the service
 * (relay off, no reporting) with the bench's database, environment and tokens; warm-up, then N
 * registers and N conclusions (a pool inserted by SQL, one conclusion each) at 16 keep-alive
 * connections, each with a fresh Idempotency-Key and a clerk's token. Prints the CPU of the
 * mediation process and of its PostgreSQL backends per request. Compare two builds by running it
 * from each tree in turn (docs/benchmarks.md, 2026-12-02).
 *
 *   BENCH_DATABASE_URL=postgres://…/casetrack_<you>_bench BENCH_PORT_OFFSET=300 node dist/bench/tools/cpu-per-command.js [--requests 3000]
 */
import { request, Agent } from 'node:http';
import { loadavg } from 'node:os';
import { numberOption, parseCommandLine, runCli, stringOption } from '../../scripts/cli/args';
import { BENCH_COMMITTEE, insertRegisteredDisputes } from '../scenarios/dispute-pool';
import { loadSettings } from '../settings';
import { authHeader } from '../support/auth';
import { resetBenchDatabase } from '../support/database';
import { BenchKafka } from '../support/kafka-topics';
import { BackendCpu } from '../support/pg-backends';
import { readProcess } from '../support/proc-stats';
import { startMediation } from '../support/services';

const WARMUP = 600;
const CONNECTIONS = 16;

interface Call {
  path: string;
  headers: Record<string, string>;
  body: string;
}

function post(agent: Agent, port: number, call: Call): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: call.path, method: 'POST', agent, headers: { ...call.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(call.body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(call.body);
  });
}

/** `count` calls, CONNECTIONS at a time; the number answered 2xx and the others. */
async function drive(agent: Agent, port: number, count: number, make: (i: number) => Call): Promise<{ ok: number; bad: number }> {
  let next = 0;
  let ok = 0;
  let bad = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next < count) {
        const status = await post(agent, port, make(next++));
        if (status >= 200 && status < 300) ok++;
        else bad++;
      }
    }),
  );
  return { ok, bad };
}

async function main(argv: readonly string[]): Promise<void> {
  const line = parseCommandLine(argv, { requests: { type: 'string' } });
  const raw = stringOption(line, 'requests');
  const n = raw === undefined ? 3000 : numberOption('requests', raw, { min: 100, max: 1_000_000 });
  const s = loadSettings(new Date(), { only: ['ingest'] });
  const db = await resetBenchDatabase(s.databaseUrl);
  const kafka = new BenchKafka(s.kafkaBrokers, s.runId);
  const prefix = `${s.runId}.cpu.`;
  await kafka.createTopics(prefix);
  const mediation = await startMediation(s, { topicPrefix: prefix, district: '910001', label: 'cpu-mediation', extraEnv: { RELAY_ENABLED: 'false' } });
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  try {
    const port = s.ports.mediation;
    const committee = `BENCH-CPU-${s.runId}`;
    const created = await post(agent, port, { path: '/v1/committees', headers: { ...authHeader(s, 'admin'), 'idempotency-key': `${s.runId}-committee` }, body: JSON.stringify({ code: committee, name: 'Bench room', kind: BENCH_COMMITTEE.kind }) });
    if (created !== 201) throw new Error(`POST /v1/committees answered ${created}`);
    const clerk = authHeader(s, 'mediation-clerk', committee);
    const pool = await insertRegisteredDisputes(db, 'mediation.disputes', committee, WARMUP + n);
    const day = (i: number) => String(1 + (i % 28)).padStart(2, '0');
    const commands: [string, (i: number) => Call][] = [
      ['register', (i) => ({ path: '/v1/disputes', headers: { ...clerk, 'idempotency-key': `${s.runId}-r-${i}` }, body: JSON.stringify({ committeeCode: committee, category: 'neighbourhood', source: 'walk-in', receivedAt: `2019-03-${day(i)}T10:30:00+08:00`, partyCount: 2 + (i % 3), summary: 'Neighbours disagree about a shared wall.', amountInvolvedFen: 1000 * (i % 5000) }) })],
      ['conclusion', (i) => ({ path: `/v1/disputes/${pool[i]}/conclusion`, headers: { ...clerk, 'idempotency-key': `${s.runId}-c-${i}` }, body: JSON.stringify({ result: 'success', concludedAt: `2019-06-${day(i)}T16:00:00+08:00`, agreement: 'written', agreementAmountFen: 50_000 }) })],
    ];
    console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    for (const [name, make] of commands) {
      await drive(agent, port, WARMUP, make);
      const backends = await new BackendCpu(db, ['mediation']).begin();
      const cpuBefore = readProcess(mediation.pid).cpuSeconds;
      const started = performance.now();
      const { ok, bad } = await drive(agent, port, n, (i) => make(WARMUP + i));
      const seconds = (performance.now() - started) / 1000;
      const service = readProcess(mediation.pid).cpuSeconds - cpuBefore;
      const { cpuSeconds: pg } = await backends.end();
      console.log(`${name}: ${ok} 2xx, ${bad} other; CPU per request: mediation ${((service * 1000) / ok).toFixed(3)} ms, PostgreSQL ${((pg * 1000) / ok).toFixed(3)} ms; ${(ok / seconds).toFixed(0)} req/s`);
    }
  } finally {
    agent.destroy();
    await mediation.stop();
    await kafka.cleanUp(() => undefined);
    await db.end();
  }
}

runCli('cpu-per-command', 'usage: node dist/bench/tools/cpu-per-command.js [--requests 3000]', main);
