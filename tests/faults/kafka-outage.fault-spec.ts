import { FaultCluster } from './support/fault-cluster';
import { printScenario, settle, sleep, unsentEvents } from './support/verify';
import { LoadGenerator } from './support/workload';

describe('the Kafka broker stopped for 30 s under load', () => {
  let cluster: FaultCluster;
  const startedAt = Date.now();

  beforeAll(async () => {
    cluster = await FaultCluster.start({ scenario: 'kafka-outage' });
  }, 300_000);

  afterAll(async () => {
    await cluster?.dispose();
  }, 60_000);

  it('keeps answering case writes with 2xx while Kafka is down, then drains every outbox into exact figures', async () => {
    const load = new LoadGenerator({ runId: 'kafka-down', urls: cluster.urls(), ratePerSecond: 60, headers: cluster.authHeaders() });
    await load.setup();
    const faults: string[] = [];
    const db = await cluster.db();
    let down = 0;
    let up = 0;
    let waitingAtRestart = 0;
    const healthDuringOutage = new Set<string>();
    try {
      await load.around(async () => {
        await sleep(5_000);
        await cluster.kafka.stop();
        down = Date.now();
        faults.push('Kafka broker stopped for 30 s');
        while (Date.now() - down < 30_000) {
          const h = await cluster.service('mediation').health();
          healthDuringOutage.add(`${h.status} ${h.body?.down?.join(',') ?? ''}`.trim());
          await sleep(2_000);
        }
        waitingAtRestart = await unsentEvents(db);
        const restarting = Date.now();
        await cluster.kafka.start();
        up = Date.now();
        faults[0] = `Kafka broker stopped for ${Math.round((restarting - down) / 1000)} s (+${Math.round((up - restarting) / 1000)} s to start again)`;
        await sleep(8_000);
      });
    } finally {
      await db.end();
    }
    const settled = await settle(cluster, load.ledger);
    const figures = printScenario(cluster, load, faults, settled, startedAt);
    const outage = load.ledger.summary(down, up);
    console.log(`[faults] kafka-outage: from the stop until the broker served again (${Math.round((up - down) / 1000)} s) ${outage.requests} requests, ${outage.ok} 2xx; ${waitingAtRestart} events waited in the outboxes; mediation /health said ${[...healthDuringOutage].join(' | ')}`);

    expect(outage.requests).toBeGreaterThan(100);
    expect(outage.ok).toBe(outage.requests);
    expect(waitingAtRestart).toBeGreaterThan(100);
    expect(healthDuringOutage).toContain('503 kafka');
    expect(settled.unsent).toBe(0);
    expect(load.failures).toEqual([]);
    expect(load.ledger.unexpected).toEqual([]);
    expect(settled.rowProblems).toEqual([]);
    expect(settled.offExpected).toEqual([]);
    expect(settled.differences).toBe(0);
    expect(figures.otherServerErrors).toBe(0);
  }, 600_000);
});
