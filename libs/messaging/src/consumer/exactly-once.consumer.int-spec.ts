import { Topics } from '@casetrack/contracts';
import { randomUUID } from 'node:crypto';
import { Kafka, Message, Producer } from 'kafkajs';
import { eventually, TEST_DATABASE_URL, TEST_KAFKA_BROKERS, uniqueDistrict } from '../../../../tests/support/test-env';
import { CaseTally, CaseTallyProjection } from '../../test-support/case-tally.projection';
import { createMessagingTestDb, MessagingTestDb } from '../../test-support/messaging-test-db';
import { caseIds, disputeRegistered } from '../../test-support/test-events';
import { muteKafkaJsErrors } from '../../test-support/quiet-kafka-logs';
import { deleteGroups, startGroupAtEnd, TopicTap } from '../../test-support/topic-tap';
import { createEventProducer, createKafka } from '../kafka/kafka-client';
import { ExactlyOnceConsumer, ExactlyOnceConsumerOptions } from './exactly-once.consumer';

const totalApplied = (tally: Map<string, CaseTally>) => [...tally.values()].reduce((sum, t) => sum + t.applied, 0);

describe('ExactlyOnceConsumer against PostgreSQL and the shared Kafka broker', () => {
  let kafka: Kafka;
  let producer: Producer;
  let db: MessagingTestDb;
  let district: string;
  const consumers: ExactlyOnceConsumer[] = [];
  const taps: TopicTap[] = [];
  const groups: string[] = [];
  let unmute: (() => void) | undefined;

  beforeAll(async () => {
    kafka = createKafka({ brokers: TEST_KAFKA_BROKERS, clientId: 'messaging-consumer-int' });
    producer = createEventProducer(kafka);
    await producer.connect();
  }, 30_000);

  beforeEach(async () => {
    db = await createMessagingTestDb(TEST_DATABASE_URL);
    district = uniqueDistrict();
  }, 30_000);

  afterEach(async () => {
    unmute?.();
    await Promise.all([...consumers.splice(0).map((c) => c.stop()), ...taps.splice(0).map((t) => t.close())]);
    await deleteGroups(kafka, groups.splice(0));
    await db?.drop();
  }, 60_000);

  afterAll(async () => {
    await producer?.disconnect();
  }, 30_000);

  /** A new consumer group that starts at the topic's current end: it sees this test's messages, not the topic's history. */
  async function newGroup(): Promise<string> {
    const groupId = `msg-int-${randomUUID()}`;
    groups.push(groupId);
    await startGroupAtEnd(kafka, groupId, Topics.mediation);
    return groupId;
  }

  function newConsumer(groupId: string, extra: Partial<ExactlyOnceConsumerOptions> = {}): ExactlyOnceConsumer {
    const consumer = new ExactlyOnceConsumer({
      kafka,
      dataSource: db.dataSource,
      schema: db.schema,
      groupId,
      topics: [Topics.mediation],
      projection: new CaseTallyProjection(db.schema, district),
      ...extra,
    });
    consumers.push(consumer);
    return consumer;
  }

  /** Produces one message onto the mediation topic and says where it landed. */
  async function produce(message: Message): Promise<{ partition: number; offset: string }> {
    const [meta] = await producer.send({ topic: Topics.mediation, acks: -1, messages: [message] });
    return { partition: meta.partition, offset: meta.baseOffset! };
  }

  it('changes nothing when a new consumer gets the batch again after the first died between its database commit and its offset commit', async () => {
    const groupId = await newGroup();
    const cases = caseIds(4);
    let died = false;
    const first = newConsumer(groupId, {
      // Dies at the first batch that applied one of this test's events, and stays dead: no offset commit from then on.
      afterDatabaseCommit: async () => {
        if (!died && totalApplied(await db.tally()) > 0) died = true;
        if (died) throw new Error('simulated crash after the database commit, before the offset commit');
      },
    });
    unmute = muteKafkaJsErrors(); // KafkaJS logs each simulated crash
    await first.start();
    const events = cases.flatMap((caseId) => [1, 2, 3, 4, 5].map((seq) => disputeRegistered(district, caseId, seq)));
    await producer.send({ topic: Topics.mediation, acks: -1, messages: events.map((e) => ({ key: e.caseId, value: JSON.stringify(e) })) });
    await eventually(async () => died, Boolean, 30_000, 'the first consumer to die after a database commit');
    await first.stop();
    unmute();
    const appliedByFirst = totalApplied(await db.tally());
    expect(appliedByFirst).toBeGreaterThan(0);

    const second = newConsumer(groupId);
    await second.start();
    await eventually(async () => totalApplied(await db.tally()), (n) => n >= 20, 30_000, 'all 20 events applied');
    await new Promise((r) => setTimeout(r, 1_000)); // room for an unexpected second application to show up

    const tally = await db.tally();
    expect(tally.size).toBe(4);
    for (const caseId of cases) expect(tally.get(caseId)).toEqual({ applied: 5, sequences: [1, 2, 3, 4, 5] });
    // Everything the first consumer applied came round again, and the inbox turned it away.
    expect(second.duplicates).toBeGreaterThanOrEqual(appliedByFirst);
    const [inbox]: { n: string }[] = await db.dataSource.query(`SELECT count(*) AS n FROM "${db.schema}".inbox WHERE event_id = ANY($1::uuid[])`, [
      events.map((e) => e.eventId),
    ]);
    expect(Number(inbox.n)).toBe(20);
  }, 60_000);

  it('dead-letters a message that is not JSON and an event of an unknown type with the reason, and applies the next message of that key', async () => {
    const groupId = await newGroup();
    const caseId = randomUUID();
    // Other consumer groups on the shared topic (a running reporting service) dead-letter these messages too.
    const deadLetters = await TopicTap.open(kafka, Topics.deadLetter, 'fromEnd', (m) => m.key === caseId && m.headers['x-consumer-group'] === groupId);
    taps.push(deadLetters);
    const consumer = newConsumer(groupId);
    await consumer.start();

    const notJson = '{"eventId": "not quite JSON';
    const unknownType = JSON.stringify({ ...disputeRegistered(district, caseId, 1), type: 'mediation.dispute.teleported' });
    const valid = disputeRegistered(district, caseId, 1);
    const poisonA = await produce({ key: caseId, value: notJson });
    const poisonB = await produce({ key: caseId, value: unknownType });
    const next = await produce({ key: caseId, value: JSON.stringify(valid) });
    expect(new Set([poisonA.partition, poisonB.partition, next.partition]).size).toBe(1);

    await eventually(() => db.tally(), (t) => t.get(caseId)?.applied === 1, 30_000, 'the valid message applied');
    await eventually(async () => deadLetters.messages.length, (n) => n >= 2, 30_000, 'two dead letters');
    await new Promise((r) => setTimeout(r, 500)); // room for an unexpected third one to show up

    expect(deadLetters.messages.map((m) => [m.value, m.headers['x-original-topic'], m.headers['x-original-partition'], m.headers['x-original-offset']])).toEqual([
      [notJson, Topics.mediation, String(poisonA.partition), poisonA.offset],
      [unknownType, Topics.mediation, String(poisonB.partition), poisonB.offset],
    ]);
    expect(deadLetters.messages[0].headers['x-dead-letter-reason']).toMatch(/^value is not JSON/);
    expect(deadLetters.messages[1].headers['x-dead-letter-reason']).toBe('unknown event type mediation.dispute.teleported v1');
    const recorded: { offset: string; reason: string }[] = await db.dataSource.query(
      `SELECT "offset", reason FROM "${db.schema}".dead_letters WHERE group_id = $1 AND partition = $2 AND "offset" = ANY($3::bigint[]) ORDER BY "offset"`,
      [groupId, next.partition, [poisonA.offset, poisonB.offset]],
    );
    expect(recorded.map((r) => [r.offset, r.reason])).toEqual(
      deadLetters.messages.map((m) => [m.headers['x-original-offset'], m.headers['x-dead-letter-reason']]),
    );
    expect((await db.tally()).get(caseId)).toEqual({ applied: 1, sequences: [1] });
  }, 60_000);

  it('records the latest occurredAt of a batch by instant, not by its text, when the events carry different offsets', async () => {
    const groupId = await newGroup();
    const caseId = randomUUID();
    // 02:00Z written in +08:00 sorts after 03:00Z as text; the later instant is 03:00Z. Year 2999 puts
    // them after any other suite's events that this group also reads from the shared topic.
    const earlier = { ...disputeRegistered(district, caseId, 1), occurredAt: '2999-06-03T10:00:00+08:00' };
    const later = { ...disputeRegistered(district, caseId, 2), occurredAt: '2999-06-03T03:00:00Z' };
    // Produced together before the consumer starts, so both arrive in one batch.
    const [meta] = await producer.send({
      topic: Topics.mediation,
      acks: -1,
      messages: [earlier, later].map((e) => ({ key: caseId, value: JSON.stringify(e) })),
    });
    await newConsumer(groupId).start();

    await eventually(() => db.tally(), (t) => t.get(caseId)?.applied === 2, 30_000, 'both events applied');
    const [row]: { last: Date }[] = await db.dataSource.query(
      `SELECT last_event_at AS last FROM "${db.schema}".consumer_offsets WHERE group_id = $1 AND topic = $2 AND partition = $3`,
      [groupId, Topics.mediation, meta.partition],
    );
    expect(row.last.toISOString()).toBe('2999-06-03T03:00:00.000Z');
  }, 60_000);
});
