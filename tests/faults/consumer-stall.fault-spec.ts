import { CASE_TOPICS, TOPIC_PARTITIONS } from '@casetrack/contracts';
import { AssignerProtocol, Kafka, logLevel } from 'kafkajs';
import { FaultCluster } from './support/fault-cluster';
import { printScenario, settle, sleep } from './support/verify';
import { LoadGenerator } from './support/workload';

const SESSION_TIMEOUT_MS = 10_000;
const STALL_MS = 15_000;
const PARTITIONS = CASE_TOPICS.length * TOPIC_PARTITIONS;

describe('a reporting replica frozen (SIGSTOP) past its consumer session timeout', () => {
  let cluster: FaultCluster;
  const startedAt = Date.now();

  beforeAll(async () => {
    // Two replicas in one consumer group: when one stops heartbeating, the group hands its partitions to the other.
    cluster = await FaultCluster.start({ scenario: 'consumer-stall', reportingReplicas: 2, sessionTimeoutMs: SESSION_TIMEOUT_MS });
  }, 300_000);

  afterAll(async () => {
    await cluster?.dispose();
  }, 60_000);

  it('hands its partitions to the other replica, and counts nothing twice after SIGCONT', async () => {
    const load = new LoadGenerator({ runId: 'stall', urls: cluster.urls(), ratePerSecond: 60, headers: cluster.authHeaders() });
    await load.setup();
    const faults: string[] = [];
    const [frozen] = cluster.reporting;
    let stoppedAt = 0;
    let continuedAt = 0;
    const groups: string[] = [];
    const admin = new Kafka({ clientId: 'fault-test', brokers: cluster.kafka.brokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    /** The consumer group as the broker sees it: each member with the number of partitions assigned to it. */
    const group = async () => {
      const [g] = (await admin.describeGroups([cluster.reportingGroupId])).groups;
      const members = g.members.map((m) => Object.values(AssignerProtocol.MemberAssignment.decode(m.memberAssignment)?.assignment ?? {}).flat().length);
      return `${g.state}: ${members.length} member(s) with ${members.join('+')} partitions`;
    };
    const db = await cluster.db();
    let midBatch = false;
    /**
     * Freezes the first replica, preferably while it holds a batch transaction open (its locks then
     * make the other replica wait on the very events it will be handed): a transaction still open a
     * second after the stop can only be the frozen one's. A few short tries, each well under the
     * session timeout, then it settles for a plain stop.
     */
    const freezeMidBatch = async (): Promise<boolean> => {
      const open = async (minAgeMs: number) =>
        (
          await db.query(
            `SELECT count(*) > 0 AS open FROM pg_stat_activity WHERE application_name = 'reporting' AND xact_start IS NOT NULL
                AND state <> 'idle' AND now() - xact_start >= make_interval(secs => $1 / 1000.0)`,
            [minAgeMs],
          )
        ).rows[0].open as boolean;
      for (let attempt = 1; ; attempt++) {
        for (const deadline = Date.now() + 5_000; !(await open(0)) && Date.now() < deadline; );
        await frozen.signal('SIGSTOP');
        await sleep(1_000);
        if (await open(900)) return true;
        if (attempt === 5) return false;
        await frozen.signal('SIGCONT');
        await sleep(1_500);
      }
    };
    try {
      await load.around(async () => {
        await sleep(5_000);
        let before = await group();
        for (const deadline = Date.now() + 30_000; !/^Stable: 2 /.test(before) && Date.now() < deadline; before = await group()) await sleep(500);
        groups.push(`before: ${before}`);
        midBatch = await freezeMidBatch();
        stoppedAt = Date.now();
        // About 15 s; longer only if the group has not settled on the other replica yet (a slow machine).
        const handedOver = () => groups.some((g) => g.startsWith('frozen') && g.endsWith(`Stable: 1 member(s) with ${PARTITIONS} partitions`));
        while (Date.now() - stoppedAt < STALL_MS || (!handedOver() && Date.now() - stoppedAt < 30_000)) {
          await sleep(1_000);
          groups.push(`frozen ${Math.round((Date.now() - stoppedAt) / 1000)} s: ${await group()}`);
        }
        await frozen.signal('SIGCONT');
        continuedAt = Date.now();
        faults.push(
          `SIGSTOP reporting${midBatch ? ' in the middle of a batch transaction' : ''} for ${Math.round((continuedAt - stoppedAt) / 1000)} s ` +
            `(session timeout ${SESSION_TIMEOUT_MS / 1000} s), then SIGCONT`,
        );
        await sleep(10_000);
        groups.push(`after: ${await group()}`);
      });
    } finally {
      await Promise.all([admin.disconnect(), db.end()]);
    }
    const settled = await settle(cluster, load.ledger);
    const figures = printScenario(cluster, load, faults, settled, startedAt);
    // Consecutive polls that saw the same group state are printed once.
    const states = groups.filter((g, i) => i === 0 || g.replace(/^[^:]+: /, '') !== groups[i - 1].replace(/^[^:]+: /, ''));
    console.log(`[faults] consumer-stall: the group ${states.join(' | ')}`);

    expect(groups[0]).toMatch(/^before: Stable: 2 member\(s\)/);
    // Only the replica that was not frozen can be the one member holding every partition.
    expect(groups.filter((g) => g.startsWith('frozen')).some((g) => g.endsWith(`Stable: 1 member(s) with ${PARTITIONS} partitions`))).toBe(true);
    expect(load.failures).toEqual([]);
    expect(load.ledger.unexpected).toEqual([]);
    expect(settled.rowProblems).toEqual([]);
    expect(settled.offExpected).toEqual([]);
    expect(settled.differences).toBe(0);
    expect(figures.otherServerErrors).toBe(0);
  }, 600_000);
});
