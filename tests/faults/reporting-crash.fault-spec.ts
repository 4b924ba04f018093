import { Client } from 'pg';
import { FaultCluster } from './support/fault-cluster';
import { printScenario, settle, sleep, unsentEvents } from './support/verify';
import { LoadGenerator } from './support/workload';

/** Events the reporting service has applied (its inbox), and whether it has a transaction open right now. */
async function reportingProgress(db: Client): Promise<{ applied: number; inTransaction: boolean }> {
  const { rows: schema } = await db.query(`SELECT to_regclass('reporting.inbox') IS NOT NULL AS ready`);
  if (!schema[0].ready) return { applied: 0, inTransaction: false }; // still migrating its schema
  const { rows } = await db.query(
    `SELECT (SELECT count(*) FROM reporting.inbox) AS applied,
            EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name = 'reporting' AND xact_start IS NOT NULL AND state <> 'idle') AS busy`,
  );
  return { applied: Number(rows[0].applied), inTransaction: rows[0].busy };
}

describe('kill -9 of the reporting service while it applies a large backlog', () => {
  let cluster: FaultCluster;
  const startedAt = Date.now();

  beforeAll(async () => {
    // Reporting starts later, once the backlog is there. A short session timeout: a replica restarted
    // after kill -9 joins the group only once the broker has given up on the killed one.
    cluster = await FaultCluster.start({ scenario: 'reporting-crash', startReporting: false, sessionTimeoutMs: 10_000 });
  }, 300_000);

  afterAll(async () => {
    await cluster?.dispose();
  }, 60_000);

  it('gives the exact figures after a restart, the batch cut off mid-transaction applied once', async () => {
    const load = new LoadGenerator({ runId: 'backlog', urls: cluster.urls(), ratePerSecond: 80, concurrency: { mediation: 3, 'legal-aid': 3, 'administrative-review': 3, 'file-review': 1 }, headers: cluster.authHeaders() });
    await load.setup();
    const faults: string[] = [];
    const db = await cluster.db();
    const kills: { applied: number; inTransaction: boolean }[] = [];
    try {
      // The backlog: every event of these seconds waits on the topics, nobody consumes them yet.
      await load.around(() => sleep(15_000));
      while ((await unsentEvents(db)) > 0) await sleep(200);
      const reporting = cluster.reporting[0];
      for (let k = 0; k < 2; k++) {
        reporting.spawn(); // not waiting for /health: by then it may have applied the whole backlog
        // Poll until a batch is being written (a transaction open, more events applied than at the last kill), then kill.
        const before = kills.at(-1)?.applied ?? 0;
        const deadline = Date.now() + 60_000;
        let p = await reportingProgress(db);
        while (!(p.inTransaction && p.applied > before) && Date.now() < deadline) p = await reportingProgress(db);
        await reporting.signal('SIGKILL');
        kills.push(p);
        faults.push(`kill -9 reporting with ${p.applied} events applied${p.inTransaction ? ', a batch transaction open' : ''}`);
      }
      await reporting.start();
    } finally {
      await db.end();
    }
    const settled = await settle(cluster, load.ledger);
    const figures = printScenario(cluster, load, faults, settled, startedAt);
    const final = await (async () => {
      const c = await cluster.db();
      try {
        return Number((await c.query('SELECT count(*) AS n FROM reporting.inbox')).rows[0].n);
      } finally {
        await c.end();
      }
    })();

    expect(kills.every((k) => k.inTransaction && k.applied > 0 && k.applied < final)).toBe(true);
    expect(final).toBeGreaterThan(500);
    expect(load.failures).toEqual([]);
    expect(load.ledger.unexpected).toEqual([]);
    expect(settled.rowProblems).toEqual([]);
    expect(settled.offExpected).toEqual([]);
    expect(settled.differences).toBe(0);
    expect(figures.otherServerErrors).toBe(0);
  }, 600_000);
});
