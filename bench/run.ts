/**
 * npm run bench — the benchmark suite. Starts what it needs (its own database casetrack_bench, its
 * own ports, its own prefixed topics and consumer groups), runs each scenario beside its baseline in
 * the same run, prints the table and writes bench/results/latest.md and latest.json
 * (BENCH_QUICK=1: shorter and smaller, written to bench/results/quick.*). See docs/benchmarks.md.
 *
 *   BENCH_QUICK=1            short durations, 100k events, 10k relay rows
 *   BENCH_ONLY=ingest,relay  run some scenarios only (cost needs ingest's load and runs it)
 *   BENCH_PROFILE=1          CPU profiles of every child process in .run/bench-logs/ (cost figures then invalid)
 *   BENCH_NODE_FLAGS="…"     extra node flags for the services (e.g. --max-semi-space-size=4)
 *   BENCH_DATABASE_URL       its database (the name must say "bench"; default casetrack_bench)
 *   BENCH_PORT_OFFSET=100    added to every port it uses (4001, 4005, 4090), for a second bench on the machine
 *
 * Options (strict; an unknown one prints the usage and exits 2): --quick, --only ingest,relay.
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../scripts/cli/args';
import { parseBenchArgs, USAGE } from './bench.args';
import { Figure, failedScenario, ScenarioResult } from './report/figures';
import { BenchReport, printTable, writeReport } from './report/render';
import { BenchContext } from './scenarios/context';
import { costResult } from './scenarios/cost.scenario';
import { runFreshness } from './scenarios/freshness.scenario';
import { runIngest } from './scenarios/ingest.scenario';
import { runProjection } from './scenarios/projection.scenario';
import { runRelay } from './scenarios/relay.scenario';
import { loadSettings, SCENARIOS } from './settings';
import { postgresVersion, resetBenchDatabase } from './support/database';
import { BenchKafka } from './support/kafka-topics';
import { describeMachine } from './support/machine';
import { closeOpenLoopAgent } from './support/open-loop';
import { ensureInfrastructure, ensurePortsFree } from './support/preflight';
import { ROOT } from './support/processes';

const log = (m: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);

async function main(argv: string[]): Promise<void> {
  const settings = loadSettings(new Date(), parseBenchArgs(argv));
  const startedAt = new Date();
  const machine = describeMachine();
  log(`${settings.quick ? 'quick' : 'full'} run ${settings.runId} on ${machine.cores} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}, commit ${machine.commit}`);
  await ensureInfrastructure(settings.databaseUrl, settings.kafkaBrokers, log);
  await ensurePortsFree(Object.values(settings.ports));
  const db = await resetBenchDatabase(settings.databaseUrl);
  const postgres = await postgresVersion(db);
  const kafka = new BenchKafka(settings.kafkaBrokers, settings.runId);
  const ctx: BenchContext = { settings, db, kafka, log };

  const figures: Figure[] = [];
  const notes: Record<string, string[]> = {};
  // The run's token keys stay out of the results.
  const { tokenKeys: _keys, ...shown } = settings;
  const details: Record<string, unknown> = { settings: { ...shown, only: [...settings.only] } };
  const record = (name: string, result: ScenarioResult) => {
    figures.push(...result.figures);
    notes[name] = result.notes;
    details[name] = result.details;
  };
  const attempt = async (name: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (err) {
      log(`${name} failed: ${(err as Error).stack}`);
      figures.push(failedScenario(name, err));
      notes[name] = [...(notes[name] ?? []), `failed: ${(err as Error).message}`];
    }
  };

  const only = settings.only;
  try {
    if (only.has('ingest') || only.has('cost'))
      await attempt('ingest', async () => {
        const { ingest, idle, loads } = await runIngest(ctx, only.has('cost'));
        if (only.has('ingest')) record('ingest', ingest);
        if (idle) record('cost', costResult(idle, loads, settings.cost.idleSeconds));
      });
    if (only.has('projection')) await attempt('projection', async () => record('projection', await runProjection(ctx)));
    if (only.has('freshness')) await attempt('freshness', async () => record('freshness', await runFreshness(ctx)));
    if (only.has('relay')) await attempt('relay', async () => record('relay', await runRelay(ctx)));
  } finally {
    await kafka.cleanUp(log).catch((err: Error) => log(`cleaning up Kafka failed: ${err.message}`));
    await db.end();
    closeOpenLoopAgent();
  }

  // Scenario order in the table follows the brief: ingest, projection, freshness, relay, cost.
  const order = ['ingest', 'projection', 'freshness', 'relay', 'cost'];
  figures.sort((a, b) => order.indexOf(a.scenario) - order.indexOf(b.scenario));
  const report: BenchReport = {
    machine: {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      mode: settings.quick ? 'quick' : 'full',
      cores: cpus().length,
      cpuModel: machine.cpuModel,
      memoryGb: machine.memoryGb,
      loadAverageAtStart: machine.loadAverage,
      loadAverageAtEnd: loadavg(),
      commit: machine.commit,
      uncommittedChanges: machine.uncommittedChanges,
      node: machine.node,
      kafkajs: machine.kafkajs,
      postgres,
      runId: settings.runId,
    },
    figures,
    notes,
    details,
  };
  // A run of some scenarios only leaves the full run's table alone: it writes e.g. latest-projection.*.
  const partial = SCENARIOS.some((name) => !only.has(name));
  const base = join(ROOT, 'bench/results', `${settings.quick ? 'quick' : 'latest'}${partial ? `-${[...only].join('-')}` : ''}`);
  writeReport(report, base);
  printTable(report);
  log(`written to ${base}.md and ${base}.json`);
  const missed = figures.filter((f) => f.met === false).length;
  log(missed === 0 ? 'every goal met' : `${missed} figure(s) missed their goal`);
}

runCli('bench', USAGE, main);
