import { CaseEvent, Topics } from '@casetrack/contracts';
import { Kafka } from 'kafkajs';
import { eventually, TEST_DATABASE_URL, TEST_KAFKA_BROKERS, uniqueDistrict } from '../../../../tests/support/test-env';
import { createMessagingTestDb, MessagingTestDb } from '../../test-support/messaging-test-db';
import { caseIds, disputeRegistered } from '../../test-support/test-events';
import { ofDistrict, TopicTap } from '../../test-support/topic-tap';
import { createKafka } from '../kafka/kafka-client';
import { OutboxWriter } from '../outbox/outbox.writer';
import { OutboxRelay, RelayOptions } from './outbox.relay';

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

  function startRelay(extra: Partial<RelayOptions> = {}): OutboxRelay {
    const relay = new OutboxRelay({ databaseUrl: db.url, schema: db.schema, kafka, pollIntervalMs: 200, standbyRetryMs: 100, ...extra });
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

  /** Whether a relay session of this schema holds the idle lock (the two-key advisory lock), i.e. sleeps. */
  const relaySleeps = async () => {
    const [row]: { n: number }[] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.objsubid = 2 AND l.mode = 'ExclusiveLock' AND l.granted AND a.application_name = $1`,
      [`${db.schema}-relay`],
    );
    return row.n === 1;
  };
  /** The fallback poll out of reach of a test: what arrives, arrives by NOTIFY or by the relay's own reads. */
  const NO_POLL = { pollIntervalMs: 120_000 };

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

    // Ground truth for "one active relay": sessions of this schema's relays holding an advisory lock
    // (the active one holds two: leadership, and its idle lock while it sleeps).
    let bothActive = 0;
    let maxLockHolders = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        if (first.active && second.active) bothActive++;
        const [row]: { holders: string }[] = await db.dataSource.query(
          `SELECT count(DISTINCT l.pid) AS holders FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
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
      // Counted once marked sent, which follows the send: the tap alone can be ahead of the counts.
      await eventually(async () => first.published + second.published, (n) => n >= 1_000, 20_000, 'the relays to count 1,000 events');
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
    // Its own waits alone allow 30 + 10 + 45 + 20 s, with 100 writes between them: a budget below that sum
    // ends a slow but healthy run with jest's timeout instead of the wait that was still progressing.
  }, 120_000);

  it('sleeps holding its idle lock and is woken by the NOTIFY of the next command, with no poll to fall back on', async () => {
    const district = uniqueDistrict();
    const tap = await openTap(district);
    const [a, b] = caseIds(2);
    const relay = startRelay(NO_POLL);
    await eventually(relaySleeps, Boolean, 20_000, 'the relay asleep on its idle lock');
    const started = Date.now();
    await append([disputeRegistered(district, a, 1)]);
    await eventually(async () => tap.messages.length, (n) => n >= 1, 20_000, 'the event on the topic');
    // Asleep again, and woken again: every wake-up of a sleeping relay comes from a NOTIFY.
    await eventually(relaySleeps, Boolean, 20_000, 'the relay asleep again');
    await append([disputeRegistered(district, b, 1), disputeRegistered(district, a, 2)]);
    await eventually(async () => tap.messages.length, (n) => n >= 3, 20_000, 'the next two events on the topic');
    expect(Date.now() - started).toBeLessThan(NO_POLL.pollIntervalMs);
    expect(tap.events().filter((e) => e.caseId === a).map((e) => e.sequence)).toEqual([1, 2]);
    // The relay counts a batch once it has marked it sent, after the broker's ack: the tap can see the
    // events first (it did: 1 counted of 3 on the topic). Wait for the count itself, then that it is exact.
    await eventually(async () => relay.published, (n) => n >= 3, 20_000, 'the relay to count the three events');
    expect(relay.published).toBe(3);
    // Four waits of up to 20 s each: the budget covers their sum.
  }, 120_000);

  it('does not fall asleep while a command that skipped its NOTIFY is open, and publishes it once committed', async () => {
    const district = uniqueDistrict();
    const tap = await openTap(district);
    const [a] = caseIds(1);
    let opened!: () => void;
    let commit!: () => void;
    const isOpen = new Promise<void>((r) => (opened = r));
    const committing = new Promise<void>((r) => (commit = r));
    // No relay sleeps yet: the command takes the idle lock shared and will not NOTIFY.
    const command = db.dataSource.transaction(async (em) => {
      await writer.append(em, [disputeRegistered(district, a, 1)]);
      opened();
      await committing;
    });
    await isOpen;
    const relay = startRelay(NO_POLL);
    await eventually(async () => relay.active, Boolean, 20_000, 'the relay leading');
    let sleptWhileOpen = false;
    for (let i = 0; i < 10; i++) {
      sleptWhileOpen ||= await relaySleeps();
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(sleptWhileOpen).toBe(false);
    commit();
    await command;
    await eventually(async () => tap.messages.length, (n) => n >= 1, 20_000, 'the event on the topic, without a NOTIFY or a poll');
    await eventually(relaySleeps, Boolean, 20_000, 'the relay asleep once the outbox is drained');
    expect(tap.events().map((e) => e.caseId)).toEqual([a]);
    expect(await db.outboxCounts()).toEqual({ total: 1, unsent: 0 });
  }, 60_000);

  it('pipelines a backlog in id order, and sends an event committed late below the batches read so far before its case\'s next event', async () => {
    const district = uniqueDistrict();
    const tap = await openTap(district);
    const [late, ...others] = caseIds(21);
    let mayCommit = false;
    let lateAppended!: () => void;
    const lateIsAppended = new Promise<void>((r) => (lateAppended = r));
    // The late command takes its outbox id first and commits only while the relay is busy with the
    // backlog above it (a statement every 200 ms keeps it clear of the idle-in-transaction timeout).
    const lateCommand = db.dataSource.transaction(async (em) => {
      await writer.append(em, [disputeRegistered(district, late, 1)]);
      lateAppended();
      while (!mayCommit) {
        await em.query('SELECT 1');
        await new Promise((r) => setTimeout(r, 200));
      }
    });
    await lateIsAppended;
    for (let seq = 1; seq <= 100; seq += 10)
      await append(Array.from({ length: 10 }, (_, i) => others.map((caseId) => disputeRegistered(district, caseId, seq + i))).flat());
    // The relay's producer stops at a gate once 100 events are out, until both late events are written.
    // Left to run, a relay on a fast, idle machine could send the whole backlog (200 batches) while
    // the late command still waited out its 200 ms sleep: the late events would then come after it.
    let openGate!: () => void;
    const gate = new Promise<void>((r) => (openGate = r));
    let sent = 0;
    const gated: Kafka = Object.create(kafka);
    gated.producer = (config) => {
      const producer = kafka.producer(config);
      const sendBatch = producer.sendBatch.bind(producer);
      producer.sendBatch = async (batch) => {
        if (sent >= 100) await gate;
        const result = await sendBatch(batch);
        sent += (batch.topicMessages ?? []).reduce((n, t) => n + t.messages.length, 0);
        return result;
      };
      return producer;
    };
    const relay = startRelay({ batchSize: 10, ...NO_POLL, kafka: gated });
    await eventually(async () => relay.published, (n) => n >= 100, 30_000, 'the relay busy with the backlog');
    mayCommit = true;
    await lateCommand;
    await append([disputeRegistered(district, late, 2)]);
    const publishedWhenBothWritten = relay.published;
    openGate();

    await eventually(async () => tap.messages.length, (n) => n >= 2_002, 45_000, 'all 2,002 events on the topic');
    expect(publishedWhenBothWritten).toBeLessThan(2_000); // the late events came while the backlog was still being sent
    const sequences = (caseId: string) =>
      tap.messages
        .filter((m) => m.event!.caseId === caseId)
        .sort((x, y) => Number(BigInt(x.offset) - BigInt(y.offset)))
        .map((m) => m.event!.sequence);
    expect(sequences(late)).toEqual([1, 2]);
    for (const caseId of others) expect(sequences(caseId)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    await eventually(() => db.outboxCounts(), (c) => c.unsent === 0, 10_000, 'every row marked sent');
    // The count follows the UPDATE's answer, which this connection may see committed first.
    await eventually(async () => relay.published, (n) => n >= 2_002, 10_000, 'the relay to count 2,002 events');
    expect(tap.messages).toHaveLength(2_002);
    expect(relay.published).toBe(2_002);
    // Waits of 30 + 45 + 10 + 10 s: the budget covers their sum.
  }, 120_000);
});
