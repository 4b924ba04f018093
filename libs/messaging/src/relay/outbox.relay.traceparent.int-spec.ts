import { Topics } from '@casetrack/contracts';
import { randomUUID } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { eventually, TEST_DATABASE_URL, TEST_KAFKA_BROKERS, uniqueDistrict } from '../../../../tests/support/test-env';
import { CaseTallyProjection } from '../../test-support/case-tally.projection';
import { createMessagingTestDb, MessagingTestDb } from '../../test-support/messaging-test-db';
import { caseIds, disputeRegistered } from '../../test-support/test-events';
import { deleteGroups, ofDistrict, startGroupAtEnd, TopicTap } from '../../test-support/topic-tap';
import { AppliedBatch, ExactlyOnceConsumer, recordTraceId } from '../consumer/exactly-once.consumer';
import { createKafka } from '../kafka/kafka-client';
import { OutboxWriter } from '../outbox/outbox.writer';
import { OutboxRelay } from './outbox.relay';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const TRACEPARENT = `00-${TRACE}-00f067aa0ba902b7-01`;

describe('a request’s traceparent from the outbox to the consumer', () => {
  let db: MessagingTestDb;
  let kafka: Kafka;
  let relay: OutboxRelay | undefined;
  let tap: TopicTap | undefined;
  let consumer: ExactlyOnceConsumer | undefined;
  const groupId = `msg-int-trace-${randomUUID()}`;

  beforeAll(async () => {
    kafka = createKafka({ brokers: TEST_KAFKA_BROKERS, clientId: 'messaging-traceparent-int' });
    db = await createMessagingTestDb(TEST_DATABASE_URL);
  }, 30_000);

  afterAll(async () => {
    await Promise.all([relay?.stop(), tap?.close(), consumer?.stop()]);
    await deleteGroups(kafka, [groupId]);
    await db?.drop();
  }, 60_000);

  it('stores it with the event, sends it as the record’s traceparent header (none for an event written outside a request), and the consumer reports its trace id once the batch is committed', async () => {
    const district = uniqueDistrict();
    const [traced, untraced] = caseIds(2);
    let current: string | null = TRACEPARENT;
    const writer = new OutboxWriter(db.schema, { traceparent: () => current });
    await db.dataSource.transaction((em) => writer.append(em, [disputeRegistered(district, traced, 1)]));
    current = null;
    await db.dataSource.transaction((em) => writer.append(em, [disputeRegistered(district, untraced, 1)]));
    const stored: { partition_key: string; traceparent: string | null }[] = await db.dataSource.query(`SELECT partition_key, traceparent FROM "${db.schema}".outbox ORDER BY id`);
    expect(stored).toEqual([{ partition_key: traced, traceparent: TRACEPARENT }, { partition_key: untraced, traceparent: null }]);

    tap = await TopicTap.open(kafka, Topics.mediation, 'fromEnd', ofDistrict(district));
    await startGroupAtEnd(kafka, groupId, Topics.mediation);
    const batches: AppliedBatch[] = [];
    consumer = new ExactlyOnceConsumer({
      kafka, dataSource: db.dataSource, schema: db.schema, groupId, topics: [Topics.mediation],
      projection: new CaseTallyProjection(db.schema, district), onApplied: (b) => batches.push(b),
    });
    await consumer.start();
    relay = new OutboxRelay({ databaseUrl: db.url, schema: db.schema, kafka, pollIntervalMs: 200 });
    relay.start();

    await eventually(async () => tap!.messages.length, (n) => n >= 2, 30_000, 'both events on the topic');
    const byCase = new Map(tap.messages.map((m) => [m.key, m.headers]));
    expect([byCase.get(traced), byCase.get(untraced)]).toEqual([{ traceparent: TRACEPARENT }, {}]);

    await eventually(async () => (await db.tally()).size, (n) => n === 2, 30_000, 'both events applied');
    // The shared topic carries other suites' events too: find the batches that applied ours.
    await eventually(async () => batches.flatMap((b) => b.traceIds), (ids) => ids.includes(TRACE), 30_000, 'the trace id reported');
    const ours = batches.find((b) => b.traceIds.includes(TRACE))!;
    expect(ours).toMatchObject({ topic: Topics.mediation, applied: expect.any(Number), duplicates: 0 });
    expect(ours.applied).toBeGreaterThanOrEqual(1);
  }, 90_000);

  it('reads a trace id only from a well-formed traceparent header', () => {
    expect(recordTraceId({ headers: { traceparent: Buffer.from(TRACEPARENT) } })).toBe(TRACE);
    expect(recordTraceId({ headers: { traceparent: TRACEPARENT.toUpperCase() } })).toBe(TRACE);
    for (const bad of [undefined, 'x', `00-${'0'.repeat(32)}-00f067aa0ba902b7-01`, `00-${TRACE}-00f067aa0ba902b7`])
      expect(recordTraceId({ headers: bad === undefined ? {} : { traceparent: bad } })).toBeUndefined();
  });
});
