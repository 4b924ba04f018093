import { DISPUTE_CATEGORIES, DISPUTE_SOURCES, DisputeConcludedV1, DisputeRegisteredV1 } from '@casetrack/contracts';
import { HttpClient } from '../../tests/support/http-client';
import { figure, ScenarioResult } from '../report/figures';
import { BenchSettings, DISTRICTS, groupId, topicPrefix } from '../settings';
import { authHeader } from '../support/auth';
import { closedLoopLoad, LoadResult } from '../support/http-load';
import { sleep, waitFor } from '../support/poll';
import { ChildNode } from '../support/processes';
import { annualReport, startBareServer, startMediation, startReporting } from '../support/services';
import { BenchContext } from './context';
import { IdleUsage, measureIdle } from './cost.scenario';
import { BENCH_COMMITTEE, insertRegisteredDisputes } from './dispute-pool';

/** Bodies vary over categories, sources and days, so the rollup sees many cells as in real use. */
function registerBody(committeeCode: string, n: number): string {
  return JSON.stringify({
    committeeCode,
    category: DISPUTE_CATEGORIES[n % DISPUTE_CATEGORIES.length],
    source: DISPUTE_SOURCES[n % DISPUTE_SOURCES.length],
    receivedAt: `2019-03-${String(1 + (n % 28)).padStart(2, '0')}T10:30:00+08:00`,
    partyCount: 2 + (n % 3),
    summary: 'Neighbours disagree about a shared wall; both attended the first session.',
    amountInvolvedFen: 1_000 * (n % 5_000),
  });
}

function concludeBody(n: number): string {
  const success = n % 33 !== 0; // ≈ 97 %, the seed's success rate
  return JSON.stringify({
    result: success ? 'success' : 'failure',
    concludedAt: `2019-06-${String(1 + (n % 28)).padStart(2, '0')}T16:00:00+08:00`,
    ...(success ? { agreement: 'written', agreementAmountFen: 50_000 } : {}),
  });
}

export interface SideResult {
  register: LoadResult;
  conclude: LoadResult;
  poolSize: number;
  poolExhausted: boolean;
}

/** One server under load: the mediation service or the bare insert server, each with its own table and counters. */
class Side {
  register?: LoadResult;
  conclude?: LoadResult;
  poolSize = 0;
  poolExhausted = false;
  private readonly key: (kind: string, n: number) => Record<string, string>;

  constructor(
    private readonly ctx: BenchContext,
    readonly name: 'casetrack' | 'baseline',
    private readonly port: number,
    private readonly pids: Record<string, number>,
    private readonly table: 'mediation.disputes' | 'bench_baseline.disputes',
    /** application_name of the server's PostgreSQL connections (pool, relay, consumer). */
    private readonly pgApplications: string[],
    private readonly committeeCode: string,
  ) {
    // What a committee's clerk sends; the bare server gets the same bytes and ignores the headers.
    const clerk = authHeader(ctx.settings, 'mediation-clerk', committeeCode);
    this.key = (kind, n) => ({ ...clerk, 'idempotency-key': `${ctx.settings.runId}-${name}-${kind}-${n}` });
  }

  private load(next: () => { path: string; headers: Record<string, string>; body: string }) {
    const s = this.ctx.settings;
    return closedLoopLoad({
      url: `http://127.0.0.1:${this.port}`,
      connections: s.ingest.connections,
      warmupSeconds: s.ingest.warmupSeconds,
      durationSeconds: s.ingest.durationSeconds,
      pids: this.pids,
      sampleIntervalMs: s.cost.sampleIntervalMs,
      db: this.ctx.db,
      pgApplications: this.pgApplications,
      next,
    });
  }

  async runRegister(): Promise<void> {
    this.ctx.log(`ingest: ${this.name} POST /v1/disputes`);
    let n = 0;
    this.register = await this.load(() => ({ path: '/v1/disputes', headers: this.key('register', ++n), body: registerBody(this.committeeCode, n) }));
  }

  /** Conclusions are seldom faster than registrations: a pool of 2.5× the register rate leaves ample margin. */
  async runConclude(): Promise<void> {
    const s = this.ctx.settings;
    this.poolSize = Math.ceil(Math.max(500, this.register!.okPerSecond) * 2.5 * (s.ingest.warmupSeconds + s.ingest.durationSeconds)) + 4 * s.ingest.connections;
    this.ctx.log(`ingest: ${this.name} registering a pool of ${this.poolSize} disputes for the conclusions`);
    const pool = await insertRegisteredDisputes(this.ctx.db, this.table, this.committeeCode, this.poolSize);
    let next = 0;
    this.ctx.log(`ingest: ${this.name} POST /v1/disputes/{id}/conclusion`);
    this.conclude = await this.load(() => {
      const i = next++;
      if (i >= pool.length) this.poolExhausted = true;
      return { path: `/v1/disputes/${pool[i % pool.length]}/conclusion`, headers: this.key('conclude', i), body: concludeBody(i) };
    });
  }

  result(): SideResult {
    return { register: this.register!, conclude: this.conclude!, poolSize: this.poolSize, poolExhausted: this.poolExhausted };
  }
}

/**
 * Waits until every command the mediation service committed is in the report. The outbox says what
 * committed: autocannon drops the answers of requests in flight when it stops, but the server still
 * commits them, so the count is taken once the outbox has stopped growing.
 */
async function awaitReportCaughtUp(ctx: BenchContext, s: BenchSettings, district: string): Promise<string> {
  const loadEnd = performance.now();
  const countEvents = async () => {
    const { rows } = await ctx.db.query<{ type: string; n: string }>(
      `SELECT event_type AS type, count(*) AS n FROM mediation.outbox WHERE value::jsonb->>'district' = $1 GROUP BY event_type`,
      [district],
    );
    return Object.fromEntries(rows.map((r) => [r.type, Number(r.n)])) as Record<string, number>;
  };
  let counts = await countEvents();
  for (let previous = ''; JSON.stringify(counts) !== previous; ) {
    previous = JSON.stringify(counts);
    await sleep(1_000);
    counts = await countEvents();
  }
  const registered = counts[DisputeRegisteredV1.type] ?? 0;
  const mediated = counts[DisputeConcludedV1.type] ?? 0;
  try {
    await waitFor(
      () => annualReport(s, 2019, district).then((r) => r.body?.mediation ?? {}),
      (m) => m.registered === registered && m.mediated === mediated,
      { timeoutMs: 120_000, intervalMs: 250, what: `the ingest load (${registered} registered, ${mediated} concluded) in the 2019 report` },
    );
    return `every committed command reached the report (${registered} registered, ${mediated} concluded), ${((performance.now() - loadEnd) / 1000).toFixed(1)} s after the load stopped`;
  } catch (err) {
    return `the report did not catch up with the load: ${(err as Error).message}`;
  }
}

/**
 * Scenario 1 (and the load half of scenario 5): 64 connections POST /v1/disputes, then
 * POST /v1/disputes/{id}/conclusion over a pool of registered disputes (one conclusion each),
 * against the mediation service (relay on, reporting consuming, as deployed) and against the bare
 * insert server, turn about (casetrack register, baseline register, casetrack conclusions, baseline
 * conclusions) so both sides meet much the same machine. Then all three are measured idle.
 */
export async function runIngest(
  ctx: BenchContext,
  withIdle: boolean,
): Promise<{ ingest: ScenarioResult; idle?: IdleUsage; loads: { casetrack: SideResult; baseline: SideResult } }> {
  const s = ctx.settings;
  const prefix = topicPrefix(s, 'ingest');
  const district = DISTRICTS.ingest;
  const committeeCode = `BENCH-INGEST-${s.runId}`;
  const notes: string[] = [];
  await ctx.kafka.createTopics(prefix);

  ctx.log('ingest: starting mediation, reporting and the bare insert server');
  const children: ChildNode[] = [];
  let idle: IdleUsage | undefined;
  let casetrack: Side;
  let baseline: Side;
  try {
    const mediation = await startMediation(s, { topicPrefix: prefix, district, label: 'ingest-mediation' });
    children.push(mediation);
    const reporting = await startReporting(s, { topicPrefix: prefix, district, label: 'ingest-reporting', groupId: ctx.kafka.useGroup(groupId(s, 'ingest')) });
    children.push(reporting);
    const bare = await startBareServer(s, 'ingest-bare-server');
    children.push(bare);

    const http = new HttpClient(`http://127.0.0.1:${s.ports.mediation}`, authHeader(s, 'admin'));
    const created = await http.post('/v1/committees', { code: committeeCode, name: 'Bench police-station room', kind: BENCH_COMMITTEE.kind }, { 'Idempotency-Key': `${s.runId}-committee` });
    if (created.status !== 201) throw new Error(`POST /v1/committees answered ${created.status}: ${JSON.stringify(created.body)}`);
    await ctx.db.query('INSERT INTO bench_baseline.committees (code, kind, field) VALUES ($1, $2, $3)', [committeeCode, BENCH_COMMITTEE.kind, BENCH_COMMITTEE.field]);

    casetrack = new Side(ctx, 'casetrack', s.ports.mediation, { mediation: mediation.pid, reporting: reporting.pid }, 'mediation.disputes', ['mediation', 'mediation-relay', 'reporting'], committeeCode);
    baseline = new Side(ctx, 'baseline', s.ports.baseline, { 'bare server': bare.pid }, 'bench_baseline.disputes', ['bench-baseline'], committeeCode);
    await casetrack.runRegister();
    await baseline.runRegister();
    await casetrack.runConclude();
    await baseline.runConclude();
    notes.push(await awaitReportCaughtUp(ctx, s, district));

    if (withIdle) {
      ctx.log(`cost: measuring idle services for ${s.cost.idleSeconds} s`);
      idle = await measureIdle({ mediation: mediation.pid, reporting: reporting.pid, 'bare server': bare.pid }, s.cost.idleSeconds, s.cost.sampleIntervalMs);
    }
  } finally {
    await Promise.all(children.map((c) => c.stop()));
  }

  const c = casetrack.result();
  const b = baseline.result();
  const figures = [];
  for (const [name, key] of [['register', 'register'], ['conclusion', 'conclude']] as const) {
    figures.push(
      figure('ingest', `${name}: requests/s (2xx)`, 'req/s', c[key].okPerSecond, b[key].okPerSecond, { kind: 'atLeast', min: 1500, minRatio: 0.5 }),
      figure('ingest', `${name}: p50 latency`, 'ms', c[key].p50Ms, b[key].p50Ms),
      figure('ingest', `${name}: p99 latency`, 'ms', c[key].p99Ms, b[key].p99Ms, { kind: 'below', max: 100 }),
      figure('ingest', `${name}: non-2xx + errors`, '', c[key].non2xx + c[key].errors, b[key].non2xx + b[key].errors, { kind: 'equals', value: 0 }),
      figure('ingest', `${name}: CPU per request (processes + PostgreSQL)`, 'ms', c[key].cpuMsPerRequest, b[key].cpuMsPerRequest),
    );
  }
  // Where one request's CPU goes, per process (and PostgreSQL), over the measured windows.
  for (const [side, r] of [['casetrack', c], ['baseline', b]] as const)
    for (const key of ['register', 'conclude'] as const) {
      const load = r[key];
      const ok = load.okPerSecond * load.seconds;
      const parts = Object.entries(load.usage).map(([name, u]) => `${name} ${(((u.cpuPercent / 100) * u.seconds) / ok * 1000).toFixed(2)}`);
      notes.push(`${side} ${key}: CPU ms per request — ${[...parts, `PostgreSQL ${((load.postgresCpuSeconds / ok) * 1000).toFixed(2)}`].join(', ')}`);
    }
  for (const [side, r] of [['casetrack', c], ['baseline', b]] as const) {
    if (r.poolExhausted) notes.push(`${side}: the conclusion pool (${r.poolSize} disputes) ran out; later conclusions hit concluded disputes (409)`);
    for (const key of ['register', 'conclude'] as const)
      if (r[key].non2xx + r[key].errors > 0) notes.push(`${side} ${key}: status codes ${JSON.stringify(r[key].statusCodes)}, ${r[key].errors} errors, ${r[key].timeouts} timeouts`);
  }
  notes.unshift(
    `autocannon, ${s.ingest.connections} connections, ${s.ingest.warmupSeconds} s warm-up then ${s.ingest.durationSeconds} s measured, per endpoint; requests/s counts 2xx answers only; the sides take turns (casetrack register, baseline register, casetrack conclusions, baseline conclusions)`,
    'casetrack: the mediation service with its relay publishing and the reporting service consuming meanwhile (both on this machine); every request carries a mediation clerk\'s bearer token and a fresh Idempotency-Key',
    `baseline: bench/baseline/bare-insert-server.ts, one INSERT (register) or one UPDATE (conclusion) per request on a copy of mediation.disputes, pg pool of ${s.poolSize} like the service; it gets the same requests, headers included`,
    'CPU per request: CPU time of the server processes (casetrack: mediation and reporting) and of their PostgreSQL backends over the measured window, divided by its 2xx answers — what one request costs this machine, whatever else runs on it',
    `conclusions walk a pool of disputes registered beforehand by SQL (casetrack ${c.poolSize}, baseline ${b.poolSize}), one conclusion per dispute`,
  );
  return { ingest: { figures, notes, details: { casetrack: c, baseline: b } }, idle, loads: { casetrack: c, baseline: b } };
}
