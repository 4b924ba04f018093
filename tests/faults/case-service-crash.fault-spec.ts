import { FaultCluster } from './support/fault-cluster';
import { CaseService } from './support/flows';
import { printScenario, runReconcileCli, settle, sleep } from './support/verify';
import { LoadGenerator } from './support/workload';

describe('kill -9 of each case service under load', () => {
  let cluster: FaultCluster;
  const startedAt = Date.now();

  beforeAll(async () => {
    cluster = await FaultCluster.start({ scenario: 'case-service-crash' });
  }, 300_000);

  afterAll(async () => {
    await cluster?.dispose();
  }, 60_000);

  it('keeps every request that got a 2xx, in its database and in the report, and counts no retried request twice', async () => {
    const load = new LoadGenerator({ runId: 'crash', urls: cluster.urls(), ratePerSecond: 60, headers: cluster.authHeaders() });
    await load.setup();
    const faults: string[] = [];
    await load.around(async () => {
      await sleep(4_000);
      for (const name of cluster.caseServices.keys() as Iterable<CaseService>) {
        const service = cluster.service(name);
        await service.crashAndRestart();
        faults.push(`kill -9 ${name}`);
        await sleep(3_000);
      }
    });
    const settled = await settle(cluster, load.ledger);
    const figures = printScenario(cluster, load, faults, settled, startedAt);

    expect(load.failures).toEqual([]);
    expect(load.ledger.unexpected).toEqual([]);
    expect(figures.ok).toBeGreaterThan(300);
    // Each kill cut requests off or refused them while the service restarted; the generator retried those.
    for (const name of cluster.caseServices.keys()) expect([name, load.ledger.attempts.some((a) => a.service === name && a.status === 0)]).toEqual([name, true]);
    expect(settled.rowProblems).toEqual([]);
    expect(settled.offExpected).toEqual([]);
    expect(settled.differences).toBe(0);
  }, 600_000);

  it('has a reconcile CLI that prints "0 differences" and exits 0, and exits 1 listing each figure that differs', async () => {
    const same = await runReconcileCli(cluster, ['--year', '2019', '--district', cluster.district]);
    expect(same.stderr).toBe('');
    expect(same.stdout).toMatch(/^0 differences/m);
    expect(same.code).toBe(0);
    // Another district's report is empty while the tables are not: every non-zero figure differs.
    const other = await runReconcileCli(cluster, ['--year', '2019', '--district', '500107']);
    expect(other.stdout).toMatch(/^\s+mediation\.registered\s+report 0\s+recomputed [1-9]/m);
    expect(other.stdout).toMatch(/^[1-9]\d* differences/m);
    expect(other.code).toBe(1);
  }, 120_000);
});
