import { FaultCluster } from './support/fault-cluster';
import { ServiceProcess } from './support/service-process';
import { printScenario, settle, sleep } from './support/verify';
import { LoadGenerator } from './support/workload';

describe('PostgreSQL restarted under load', () => {
  let cluster: FaultCluster;
  const startedAt = Date.now();

  beforeAll(async () => {
    cluster = await FaultCluster.start({ scenario: 'postgres-restart' });
  }, 300_000);

  afterAll(async () => {
    await cluster?.dispose();
  }, 60_000);

  const everyService = () => [...cluster.caseServices.values(), ...cluster.reporting];

  /** Polls every service's /health until each has answered as `wanted` says; returns what each said. */
  async function healthUntil(wanted: (s: ServiceProcess, status: number, down: string[]) => boolean, timeoutMs: number) {
    const seen = new Map<string, string>();
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && seen.size < everyService().length) {
      for (const s of everyService()) {
        if (seen.has(s.spec.name)) continue;
        const h = await s.health(3_000);
        if (wanted(s, h.status, h.body?.down ?? [])) seen.set(s.spec.name, `${h.status}${h.body?.down ? ` ${h.body.down.join(',')}` : ''}`);
      }
      await sleep(250);
    }
    return seen;
  }

  it('recovers every service without a restart of its own: /health 503 naming the database during the outage, 200 after, no 500, exact figures', async () => {
    const load = new LoadGenerator({ runId: 'pg-restart', urls: cluster.urls(), ratePerSecond: 60, headers: cluster.authHeaders() });
    await load.setup();
    const pids = new Map(everyService().map((s) => [s.spec.name, s.pid]));
    const faults: string[] = [];
    let outage = new Map<string, string>();
    let recovered = new Map<string, string>();
    await load.around(async () => {
      await sleep(5_000);
      await cluster.pg.restart();
      faults.push(`pg_ctl restart -m fast (${cluster.pg.restartDurations.at(-1)} ms)`);
      await sleep(6_000);
      await cluster.pg.stop();
      const stoppedAt = Date.now();
      outage = await healthUntil((_, status, down) => status === 503 && down.includes('database'), 30_000);
      await sleep(Math.max(0, 8_000 - (Date.now() - stoppedAt)));
      await cluster.pg.start();
      faults.push(`PostgreSQL stopped (fast) for ${Math.round((Date.now() - stoppedAt) / 1000)} s`);
      recovered = await healthUntil((_, status) => status === 200, 90_000);
      await sleep(8_000);
    });
    const settled = await settle(cluster, load.ledger);
    const figures = printScenario(cluster, load, faults, settled, startedAt);
    console.log(`[faults] postgres-restart: /health during the outage ${JSON.stringify(Object.fromEntries(outage))}, after ${JSON.stringify(Object.fromEntries(recovered))}`);

    for (const s of everyService()) {
      expect([s.spec.name, outage.get(s.spec.name)]).toEqual([s.spec.name, expect.stringMatching(/^503 .*database/)]);
      expect([s.spec.name, recovered.get(s.spec.name)]).toEqual([s.spec.name, '200']);
      expect([s.spec.name, s.pid, s.starts]).toEqual([s.spec.name, pids.get(s.spec.name), 1]);
    }
    expect(figures.otherServerErrors).toBe(0);
    expect(load.ledger.unexpected).toEqual([]);
    expect(load.failures).toEqual([]);
    expect(settled.rowProblems).toEqual([]);
    expect(settled.offExpected).toEqual([]);
    expect(settled.differences).toBe(0);
  }, 600_000);
});
