import { DEFAULT_TIME_ZONE } from '@casetrack/contracts';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { formatResult, reconcile, ReconcileResult } from '../../../scripts/reconcile/reconcile';
import { reconcileCli, ROOT } from './build';
import { FaultCluster, SCHEMAS } from './fault-cluster';
import { Ledger } from './ledger';
import { figuresOffExpected, LoadGenerator } from './workload';

/** The years every scenario reconciles: the load's own, and the two its boundary cases spill into. */
export const RECONCILED_YEARS = [2018, 2019, 2020];

/** How the status of a row is read, per table (tables without a status get a constant). */
const STATUS_OF: Record<string, string> = {
  'mediation.committees': `'registered'`,
  'admin_review.hearings': `'held'`,
};

/** Events still waiting in some outbox (0 once every relay has published everything). */
export async function unsentEvents(db: Client): Promise<number> {
  let total = 0;
  for (const schema of Object.values(SCHEMAS)) {
    const { rows } = await db.query(`SELECT to_regclass($1)::text AS t`, [`${schema}.outbox`]);
    if (rows[0].t === null) continue;
    total += Number((await db.query(`SELECT count(*) AS n FROM "${schema}".outbox WHERE sent_at IS NULL`)).rows[0].n);
  }
  return total;
}

/**
 * Every row the ledger expects, with the status of the last request that succeeded on it, and no
 * other row: a 2xx that was lost, or a retry that created a second row, is listed here.
 */
export async function rowProblems(db: Client, ledger: Ledger): Promise<string[]> {
  const problems: string[] = [];
  for (const [table, expected] of ledger.expectedRows()) {
    const { rows } = await db.query<{ id: string; status: string }>(`SELECT id::text AS id, ${STATUS_OF[table] ?? 'status'} AS status FROM ${table}`);
    const found = new Map(rows.map((r) => [r.id, r.status]));
    for (const [id, status] of expected) {
      if (!found.has(id)) problems.push(`${table} ${id}: answered 2xx but not in the database`);
      else if (found.get(id) !== status) problems.push(`${table} ${id}: status ${found.get(id)}, the last 2xx said ${status}`);
    }
    const extra = rows.length - [...expected.keys()].filter((id) => found.has(id)).length;
    if (extra > 0) problems.push(`${table}: ${extra} row(s) no 2xx created (a retry applied twice?)`);
  }
  return problems;
}

export interface Settled {
  /** Tracked figures of 2019 and 2020 the report shows differently from the generator's prediction. */
  offExpected: string[];
  reconciled: ReconcileResult[];
  differences: number;
  /** Events still in an outbox when the report was last compared (0: every relay published everything). */
  unsent: number;
  rowProblems: string[];
  waitedMs: number;
}

/**
 * Waits until the outboxes are drained and the report shows exactly what the generator predicts
 * and what the case tables say (reconciliation, every year of RECONCILED_YEARS), and still does
 * 3 s later; returns the last state either way, so a scenario can assert on it and print it.
 */
export async function settle(cluster: FaultCluster, ledger: Ledger, timeoutMs = 120_000): Promise<Settled> {
  const t0 = Date.now();
  const db = await cluster.db();
  try {
    const deadline = t0 + timeoutMs;
    while ((await unsentEvents(db)) > 0 && Date.now() < deadline) await sleep(500);
    const reportingUrl = cluster.reporting[0].url;
    let state: Settled;
    // Exact twice, 3 s apart: a late duplicate (a stale replica's batch, a redelivery) would show in the second look.
    let exactLooks = 0;
    do {
      const offExpected: string[] = [];
      for (const year of [2019, 2020]) {
        const res = await fetch(`${reportingUrl}/v1/reports/annual/${year}?district=${cluster.district}`, { headers: cluster.authHeaders('report-reader') }).catch(() => undefined);
        if (res?.status !== 200) offExpected.push(`report ${year} answered ${res?.status ?? 'nothing'}`);
        else offExpected.push(...figuresOffExpected((await res.json()) as Record<string, unknown>, ledger, year).map((d) => `${year} ${d}`));
      }
      const reconciled = offExpected.length > 0 ? [] : await reconcileYears(cluster);
      const differences = reconciled.reduce((s, r) => s + r.differences.length, 0);
      state = { offExpected, reconciled, differences, unsent: await unsentEvents(db), rowProblems: [], waitedMs: Date.now() - t0 };
      exactLooks = offExpected.length === 0 && differences === 0 ? exactLooks + 1 : 0;
      if (exactLooks === 2) break;
      await sleep(exactLooks === 1 ? 3_000 : 1_000);
    } while (Date.now() < deadline);
    state.rowProblems = await rowProblems(db, ledger);
    state.waitedMs = Date.now() - t0;
    return state;
  } finally {
    await db.end();
  }
}

/** The reconciliation of every year of RECONCILED_YEARS against the first reporting replica. */
export async function reconcileYears(cluster: FaultCluster): Promise<ReconcileResult[]> {
  const out: ReconcileResult[] = [];
  for (const year of RECONCILED_YEARS)
    out.push(
      await reconcile({
        databaseUrl: cluster.databaseUrl, reportingUrl: cluster.reporting[0].url, year, district: cluster.district, timeZone: DEFAULT_TIME_ZONE,
        headers: cluster.authHeaders('report-reader'),
      }),
    );
  return out;
}

/** Runs the built `npm run reconcile` CLI against the cluster (as `node …/scripts/reconcile/main.js`); its exit code and output. */
export function runReconcileCli(cluster: FaultCluster, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    PATH: process.env.PATH ?? '',
    DATABASE_URL: cluster.databaseUrl,
    REPORTING_URL: cluster.reporting[0].url,
    AUTH_JWT_PRIVATE_KEY: cluster.privateKeyPem,
  };
  return new Promise((done) =>
    execFile(process.execPath, [reconcileCli(), ...args], { cwd: ROOT, env, timeout: 60_000 }, (err, stdout, stderr) =>
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

export interface ScenarioFigures {
  scenario: string;
  requests: number;
  ok: number;
  retried: number;
  noAnswer: number;
  unavailable503: number;
  otherServerErrors: number;
  logicalRequests: number;
  abandoned: number;
  faults: string[];
  differences: number;
  offExpected: number;
  rowProblems: number;
  loadSeconds: number;
  totalSeconds: number;
}

/** Prints the scenario's figures (and any problem) and writes them to the run directory as JSON. */
export function printScenario(cluster: FaultCluster, load: LoadGenerator, faults: string[], settled: Settled, startedAt: number): ScenarioFigures {
  const s = load.ledger.summary();
  const figures: ScenarioFigures = {
    scenario: cluster.opts.scenario,
    requests: s.requests,
    ok: s.ok,
    retried: s.retried,
    noAnswer: s.noAnswer,
    unavailable503: s.unavailable,
    otherServerErrors: s.serverErrors,
    logicalRequests: load.ledger.steps,
    abandoned: load.ledger.stepsAbandoned,
    faults,
    differences: settled.differences,
    offExpected: settled.offExpected.length,
    rowProblems: settled.rowProblems.length,
    loadSeconds: Math.round((load.stoppedAt - load.startedAt) / 1000),
    totalSeconds: Math.round((Date.now() - startedAt) / 1000),
  };
  const byRoute = Object.fromEntries([...load.ledger.succeededByRoute].sort());
  writeFileSync(
    join(cluster.runDir, 'summary.json'),
    JSON.stringify({ ...figures, timings: cluster.timings, byRoute, settled, failures: load.failures, unexpected: load.ledger.unexpected }, null, 2),
  );
  const lines = [
    `[faults] ${figures.scenario}: ${figures.requests} requests sent, ${figures.ok} 2xx, ${figures.retried} retried ` +
      `(${figures.noAnswer} no answer, ${figures.unavailable503} 503, ${figures.otherServerErrors} other 5xx); ` +
      `${figures.logicalRequests} logical requests, ${figures.abandoned} abandoned; faults injected: ${faults.length} (${faults.join('; ')}); ` +
      `differences: ${figures.differences}, off expected: ${figures.offExpected}, row problems: ${figures.rowProblems}; ` +
      `load ${figures.loadSeconds} s, scenario ${figures.totalSeconds} s (build ${Math.round((cluster.timings.buildMs ?? 0) / 1000)} s, infra ${Math.round((cluster.timings.infraMs ?? 0) / 1000)} s)`,
    ...settled.reconciled.filter((r) => r.differences.length > 0).map(formatResult),
    ...settled.offExpected.slice(0, 20),
    ...settled.rowProblems.slice(0, 20),
    ...load.failures.slice(0, 10),
    ...load.ledger.unexpected.slice(0, 10),
  ];
  console.log(lines.join('\n'));
  return figures;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
