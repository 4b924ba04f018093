import { CaseEvent, Topics } from '@casetrack/contracts';
import { Kafka } from 'kafkajs';
import { eventually, TEST_DATABASE_URL, TEST_KAFKA_BROKERS, uniqueDistrict } from '../../../../tests/support/test-env';
import { createMessagingTestDb, MessagingTestDb } from '../../test-support/messaging-test-db';
import { caseIds, disputeRegistered } from '../../test-support/test-events';
import { ofDistrict, TopicTap } from '../../test-support/topic-tap';
import { createKafka } from '../kafka/kafka-client';
import { OutboxWriter } from '../outbox/outbox.writer';
import { OutboxRelay } from './outbox.relay';

describe('OutboxRelay against PostgreSQL and the shared Kafka broker', () => {
  let db: MessagingTestDb;
  let kafka: Kafka;
  let writer: OutboxWriter;
  const relays: OutboxRelay[] = [];
  const taps: TopicTap[] = [];

  beforeAll(() => {
    kafka = createKafka({ brokers: TEST_KAFKA_BROKERS, clientId: 'messaging-relay-int' });
  });

  // Each test gets its own schema, so outbox counts and the relays' lock are its own.
  beforeEach(async () => {
    db = await createMessagingTestDb(TEST_DATABASE_URL);
    writer = new OutboxWriter(db.schema);
  }, 30_000);

  afterEach(async () => {
    await Promise.all([...relays.splice(0).map((r) => r.stop()), ...taps.splice(0).map((t) => t.close())]);
    await db?.drop();
  }, 30_000);

  function startRelay(): OutboxRelay {
    const relay = new OutboxRelay({ databaseUrl: db.url, schema: db.schema, kafka, pollIntervalMs: 200, standbyRetryMs: 100 });
    relays.push(relay);
    relay.start();
    return relay;
  }

  async function openTap(district: string): Promise<TopicTap> {
    const tap = await TopicTap.open(kafka, Topics.mediation, 'fromEnd', ofDistrict(district));
    taps.push(tap);
    return tap;
  }

  const append = (events: CaseEvent[]) => db.dataSource.transaction((em) => writer.append(em, events));

  it('never publishes an event whose transaction rolled back, and publishes the committed ones around it', async () => {
    const district = uniqueDistrict();
    const tap = await openTap(district);
    const [a, b, c] = caseIds(3);
    const committedFirst = disputeRegistered(district, a, 1);
    const rolledBack = disputeRegistered(district, b, 1);
    const committedAfter = disputeRegistered(district, c, 1);

    await append([committedFirst]);
    await expect(
      db.dataSource.transaction(async (em) => {
        await writer.append(em, [rolledBack]);
        throw new Error('the business write failed after the outbox row was written');
      }),
    ).rejects.toThrow('business write failed');
    await append([committedAfter]);
    startRelay();

    // The relay publishes in outbox order: once the later commit is on the topic, nothing else can follow.
    await eventually(async () => tap.messages.length, (n) => n >= 2, 30_000, 'both committed events on the topic');
    await new Promise((r) => setTimeout(r, 1_000)); // room for an unexpected third message to show up
    expect(tap.events().map((e) => e.eventId).sort()).toEqual([committedFirst.eventId, committedAfter.eventId].sort());
    expect(tap.events().some((e) => e.caseId === b)).toBe(false);
    expect(await db.outboxCounts()).toEqual({ total: 2, unsent: 0 });
  }, 60_000);

  it('delivers 1,000 events of 10 cases in per-case order, once each, while two relays share the outbox and hand over', async () => {
    const district = uniqueDistrict();
    const tap = await openTap(district);
    const cases = caseIds(10);
    const [first, second] = [startRelay(), startRelay()];

    // Ground truth for "one active relay": sessions of this schema's relays holding an advisory lock.
    let bothActive = 0;
    let maxLockHolders = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        if (first.active && second.active) bothActive++;
        const [row]: { holders: string }[] = await db.dataSource.query(
          `SELECT count(*) AS holders FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND a.application_name = $1`,
          [`${db.schema}-relay`],
        );
        maxLockHolders = Math.max(maxLockHolders, Number(row.holders));
        await new Promise((r) => setTimeout(r, 20));
      }
    })();

    // Ten writers at once, one per case (as the per-case row lock of a service allows), 5 events per transaction.
    const writeCase = async (caseId: string, from: number, to: number) => {
      for (let seq = from; seq <= to; seq += 5) await append([0, 1, 2, 3, 4].map((i) => disputeRegistered(district, caseId, seq + i)));
    };
    let leader: OutboxRelay, standby: OutboxRelay;
    try {
      await Promise.all(cases.map((id) => writeCase(id, 1, 50)));
      await eventually(async () => tap.messages.length, (n) => n >= 200, 30_000, 'the first relay publishing');
      leader = (await eventually(async () => [first, second].find((r) => r.active), Boolean, 10_000, 'an active relay'))!;
      standby = leader === first ? second : first;
      await leader.stop(); // a clean hand-over mid-stream: the standby takes the lock and goes on
      await Promise.all(cases.map((id) => writeCase(id, 51, 100)));

      await eventually(async () => tap.messages.length, (n) => n >= 1_000, 45_000, '1,000 events on the topic');
      await new Promise((r) => setTimeout(r, 1_000)); // room for unexpected duplicates to show up
    } finally {
      sampling = false;
      await sampler;
    }

    expect(tap.messages).toHaveLength(1_000);
    for (const caseId of cases) {
      const mine = tap.messages.filter((m) => m.event!.caseId === caseId);
      expect(new Set(mine.map((m) => m.partition)).size).toBe(1); // key = caseId: one partition per case
      mine.sort((x, y) => Number(BigInt(x.offset) - BigInt(y.offset)));
      expect(mine.map((m) => m.event!.sequence)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    }
    expect(bothActive).toBe(0);
    expect(maxLockHolders).toBe(1);
    expect(leader.published).toBeGreaterThan(0);
    expect(standby.published).toBeGreaterThan(0);
    expect(leader.published + standby.published).toBe(1_000);
    expect(await db.outboxCounts()).toEqual({ total: 1_000, unsent: 0 });
  }, 60_000);
});
