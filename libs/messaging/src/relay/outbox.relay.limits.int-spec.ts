import { CaseEvent, Topics } from '@casetrack/contracts';
import { Kafka } from 'kafkajs';
import { eventually, TEST_DATABASE_URL, TEST_KAFKA_BROKERS, uniqueDistrict } from '../../../../tests/support/test-env';
import { createMessagingTestDb, MessagingTestDb } from '../../test-support/messaging-test-db';
import { caseIds, disputeRegistered } from '../../test-support/test-events';
import { muteKafkaJsErrors } from '../../test-support/quiet-kafka-logs';
import { TopicTap } from '../../test-support/topic-tap';
import { createKafka } from '../kafka/kafka-client';
import { OutboxWriter } from '../outbox/outbox.writer';
import { OutboxRelay, RelayOptions } from './outbox.relay';

/** An event of `bytes` bytes or so: the writer does not validate, and the taps here keep by key, not by parsing. */
const padded = (event: CaseEvent, bytes: number) => ({ ...event, padding: 'x'.repeat(bytes) }) as unknown as CaseEvent;

const sequenceOf = (value: string | null) => (JSON.parse(value!) as CaseEvent).sequence;

describe('OutboxRelay limits: bytes per request, oversized events, clean-up', () => {
  let db: MessagingTestDb;
  let kafka: Kafka;
  let writer: OutboxWriter;
  const relays: OutboxRelay[] = [];
  const taps: TopicTap[] = [];
  const logs: string[] = [];
  let unmute: (() => void) | undefined;

  beforeAll(() => {
    kafka = createKafka({ brokers: TEST_KAFKA_BROKERS, clientId: 'messaging-relay-limits-int' });
  });

  beforeEach(async () => {
    db = await createMessagingTestDb(TEST_DATABASE_URL);
    writer = new OutboxWriter(db.schema);
    logs.length = 0;
  }, 30_000);

  afterEach(async () => {
    unmute?.();
    unmute = undefined;
    await Promise.all([...relays.splice(0).map((r) => r.stop()), ...taps.splice(0).map((t) => t.close())]);
    await db?.drop();
  }, 30_000);

  function startRelay(extra: Partial<RelayOptions> = {}): OutboxRelay {
    const relay = new OutboxRelay({ databaseUrl: db.url, schema: db.schema, kafka, pollIntervalMs: 200, standbyRetryMs: 100, log: (m) => logs.push(m), ...extra });
    relays.push(relay);
    relay.start();
    return relay;
  }

  async function openTap(keys: string[]): Promise<TopicTap> {
    const wanted = new Set(keys);
    const tap = await TopicTap.open(kafka, Topics.mediation, 'fromEnd', (m) => m.key !== null && wanted.has(m.key));
    taps.push(tap);
    return tap;
  }

  // Straight into the table: padded events are not valid in their contract (the writer would refuse
  // them), and what is under test is the relay's handling of whatever rows the outbox holds.
  const append = (events: CaseEvent[]) =>
    db.dataSource.query(
      `INSERT INTO "${db.schema}".outbox (event_id, topic, partition_key, event_type, value)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])`,
      [events.map((e) => e.eventId), events.map(() => Topics.mediation), events.map((e) => e.caseId), events.map((e) => e.type), events.map((e) => JSON.stringify(e))],
    );

  const quarantinedRows = (): Promise<{ event_id: string; quarantine_reason: string; sent_at: Date | null }[]> =>
    db.dataSource.query(`SELECT event_id, quarantine_reason, sent_at FROM "${db.schema}".outbox WHERE quarantined_at IS NOT NULL ORDER BY id`);

  it('publishes 1,000 events of one case that together exceed 1 MiB, all of them, in order', async () => {
    const district = uniqueDistrict();
    const [caseId] = caseIds(1);
    const tap = await openTap([caseId]);
    // ~2 KiB each, ~2 MB in all, on one partition: one produce request of them all is refused by the broker.
    const events = Array.from({ length: 1_000 }, (_, i) => padded(disputeRegistered(district, caseId, i + 1), 2_000));
    for (let i = 0; i < events.length; i += 100) await append(events.slice(i, i + 100));
    unmute = muteKafkaJsErrors();
    const relay = startRelay();

    // The whole expected state: on the topic, counted by the relay and marked sent (marking follows the send).
    await eventually(
      async () => ({ tapped: tap.messages.length, published: relay.published, unsent: (await db.outboxCounts()).unsent }),
      (s) => s.tapped >= 1_000 && s.published >= 1_000 && s.unsent === 0,
      60_000,
      '1,000 large events on the topic, published and marked sent',
    );
    expect(tap.messages.map((m) => sequenceOf(m.value))).toEqual(Array.from({ length: 1_000 }, (_, i) => i + 1));
    expect(relay.published).toBe(1_000);
    expect(relay.quarantined).toBe(0);
    expect(await db.outboxCounts()).toEqual({ total: 1_000, unsent: 0 });
  }, 90_000);

  it('quarantines an event over the byte limit with its reason, and publishes the events after it', async () => {
    const district = uniqueDistrict();
    const [a, b] = caseIds(2);
    const tap = await openTap([a, b]);
    const before = disputeRegistered(district, a, 1);
    const tooLarge = padded(disputeRegistered(district, a, 2), 1_200_000);
    const after = disputeRegistered(district, a, 3);
    const otherCase = disputeRegistered(district, b, 1);
    await append([before]);
    await append([tooLarge]);
    await append([after, otherCase]);
    unmute = muteKafkaJsErrors();
    const relay = startRelay();

    // Outbox order: once the last row is on the topic, the relay has decided every row before it.
    await eventually(
      async () => ({ tapped: tap.messages.length, quarantined: relay.quarantined, rows: (await quarantinedRows()).length, unsent: (await db.outboxCounts()).unsent }),
      (s) => s.tapped >= 3 && s.quarantined >= 1 && s.rows >= 1 && s.unsent <= 1,
      30_000,
      'the three sendable events on the topic and the fourth quarantined',
    );
    // Per-case order (the two cases may sit on different partitions, so arrival order between them is free).
    expect(tap.messages.filter((m) => m.key === a).map((m) => sequenceOf(m.value))).toEqual([1, 3]);
    expect(tap.messages.filter((m) => m.key === b).map((m) => sequenceOf(m.value))).toEqual([1]);
    const quarantined = await quarantinedRows();
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0].event_id).toBe(tooLarge.eventId);
    expect(quarantined[0].sent_at).toBeNull();
    expect(quarantined[0].quarantine_reason).toMatch(/^event of \d+ bytes exceeds the relay's limit of 900000 bytes/);
    expect(relay.quarantined).toBe(1);
    expect(logs.filter((m) => m.includes('QUARANTINED'))).toEqual([expect.stringContaining(`case ${a}`)]);
  }, 60_000);

  it('sends smaller requests when the broker refuses a batch as too large, and quarantines a single event the broker refuses', async () => {
    const district = uniqueDistrict();
    const [caseId] = caseIds(1);
    const tap = await openTap([caseId]);
    // A limit above the broker's (as if a topic had a lower max.message.bytes than configured).
    const events = [1, 2, 3].map((seq) => padded(disputeRegistered(district, caseId, seq), 600_000));
    const refused = padded(disputeRegistered(district, caseId, 4), 1_500_000);
    const last = disputeRegistered(district, caseId, 5);
    for (const e of [...events, refused, last]) await append([e]);
    unmute = muteKafkaJsErrors();
    const relay = startRelay({ maxBatchBytes: 4 * 1024 * 1024 });

    await eventually(
      async () => ({ tapped: tap.messages.length, quarantined: relay.quarantined, rows: (await quarantinedRows()).length }),
      (s) => s.tapped >= 4 && s.quarantined >= 1 && s.rows >= 1,
      60_000,
      'the four sendable events on the topic and the refused one quarantined',
    );
    expect(tap.messages.map((m) => sequenceOf(m.value))).toEqual([1, 2, 3, 5]);
    const quarantined = await quarantinedRows();
    expect(quarantined.map((q) => q.event_id)).toEqual([refused.eventId]);
    expect(quarantined[0].quarantine_reason).toMatch(/^the broker refused the event as too large/);
    expect(relay.quarantined).toBe(1);
  }, 90_000);

  it('deletes old sent rows in bounded statements and keeps recent and unsent rows', async () => {
    const district = uniqueDistrict();
    const cases = caseIds(10);
    const tap = await openTap(cases);
    const old = cases.flatMap((caseId) => Array.from({ length: 100 }, (_, i) => disputeRegistered(district, caseId, i + 1)));
    const recent = cases.map((caseId) => disputeRegistered(district, caseId, 101));
    const unsent = cases.map((caseId) => disputeRegistered(district, caseId, 102));
    await append([...old, ...recent]);
    await db.dataSource.query(`UPDATE "${db.schema}".outbox SET sent_at = now() - interval '30 days' WHERE event_id = ANY($1::uuid[])`, [old.map((e) => e.eventId)]);
    await db.dataSource.query(`UPDATE "${db.schema}".outbox SET sent_at = now() - interval '1 hour' WHERE event_id = ANY($1::uuid[])`, [recent.map((e) => e.eventId)]);
    await append(unsent);
    const relay = startRelay({ cleanupBatchSize: 50 });

    await eventually(
      async () => ({ cleanedUp: relay.cleanedUp, statements: relay.cleanupStatements, published: tap.messages.length, unsent: (await db.outboxCounts()).unsent }),
      // Every state the assertions read: the statement that finds none left, and the published rows marked sent.
      (s) => s.cleanedUp >= 1_000 && s.statements >= 21 && s.published >= 10 && s.unsent === 0,
      30_000,
      'the old rows deleted and the unsent ones published',
    );
    const rows: { event_id: string; sent_at: Date | null }[] = await db.dataSource.query(`SELECT event_id, sent_at FROM "${db.schema}".outbox`);
    expect(rows.map((r) => r.event_id).sort()).toEqual([...recent, ...unsent].map((e) => e.eventId).sort());
    expect(rows.every((r) => r.sent_at !== null)).toBe(true);
    expect(tap.messages.map((m) => sequenceOf(m.value))).toEqual(Array(10).fill(102));
    expect(relay.cleanedUp).toBe(1_000);
    // 1,000 rows at 50 a statement: 20 full statements and one that finds none left.
    expect(relay.cleanupStatements).toBe(21);
  }, 60_000);
});
