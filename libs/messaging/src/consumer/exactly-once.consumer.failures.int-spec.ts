import { CaseEvent, Topics } from '@casetrack/contracts';
import { randomUUID } from 'node:crypto';
import { Kafka, Producer } from 'kafkajs';
import { EntityManager } from 'typeorm';
import { eventually, TEST_DATABASE_URL, TEST_KAFKA_BROKERS, uniqueDistrict } from '../../../../tests/support/test-env';
import { CaseTallyProjection } from '../../test-support/case-tally.projection';
import { createMessagingTestDb, MessagingTestDb } from '../../test-support/messaging-test-db';
import { muteKafkaJsErrors } from '../../test-support/quiet-kafka-logs';
import { disputeRegistered } from '../../test-support/test-events';
import { deleteGroups, startGroupAtEnd, TopicTap } from '../../test-support/topic-tap';
import { createEventProducer, createKafka } from '../kafka/kafka-client';
import { BatchPosition } from './event-projection';
import { ExactlyOnceConsumer } from './exactly-once.consumer';

/**
 * The tally projection, except that a batch holding `target` first runs `failingSql` (a real
 * PostgreSQL error, which aborts the transaction) while `shouldFail()` says so. Counts its calls.
 */
class FailingProjection extends CaseTallyProjection {
  calls = 0;

  constructor(
    schema: string,
    district: string,
    private readonly target: string,
    private readonly failingSql: string,
    private readonly shouldFail: (call: number) => boolean,
  ) {
    super(schema, district);
  }

  override async apply(em: EntityManager, events: readonly CaseEvent[], position?: BatchPosition): Promise<void> {
    if (events.some((e) => e.eventId === this.target) && this.shouldFail(++this.calls)) await em.query(this.failingSql);
    await super.apply(em, events);
  }
}

const DIVISION_BY_ZERO = 'SELECT 1 / 0';
// A real error with the deadlock SQLSTATE, as PostgreSQL reports one.
const DEADLOCK = `DO $$ BEGIN RAISE EXCEPTION 'simulated deadlock' USING ERRCODE = '40P01'; END $$`;

describe('ExactlyOnceConsumer when a projection throws', () => {
  let kafka: Kafka;
  let producer: Producer;
  let db: MessagingTestDb;
  let district: string;
  const consumers: ExactlyOnceConsumer[] = [];
  const taps: TopicTap[] = [];
  const groups: string[] = [];
  let unmute: (() => void) | undefined;

  beforeAll(async () => {
    kafka = createKafka({ brokers: TEST_KAFKA_BROKERS, clientId: 'messaging-consumer-failures-int' });
    producer = createEventProducer(kafka);
    await producer.connect();
  }, 30_000);

  beforeEach(async () => {
    db = await createMessagingTestDb(TEST_DATABASE_URL);
    district = uniqueDistrict();
    // KafkaJS logs every failed eachBatch; those failures are the point here.
    unmute = muteKafkaJsErrors();
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

  async function newGroup(): Promise<string> {
    const groupId = `msg-int-${randomUUID()}`;
    groups.push(groupId);
    await startGroupAtEnd(kafka, groupId, Topics.mediation);
    return groupId;
  }

  /** Produces the events in one request (one batch for a consumer that starts after it) and says their partition and offsets. */
  async function produceTogether(events: CaseEvent[]): Promise<{ partition: number; offsets: string[] }> {
    const [meta] = await producer.send({ topic: Topics.mediation, acks: -1, messages: events.map((e) => ({ key: e.caseId, value: JSON.stringify(e) })) });
    return { partition: meta.partition, offsets: events.map((_, i) => (BigInt(meta.baseOffset!) + BigInt(i)).toString()) };
  }

  it('dead-letters an event whose projection keeps failing after the configured attempts, with the reason, and applies the rest of its batch once', async () => {
    const groupId = await newGroup();
    const caseId = randomUUID();
    const deadLetters = await TopicTap.open(kafka, Topics.deadLetter, 'fromEnd', (m) => m.key === caseId && m.headers['x-consumer-group'] === groupId);
    taps.push(deadLetters);
    const events = [1, 2, 3, 4].map((seq) => disputeRegistered(district, caseId, seq));
    const poison = events[1];
    const projection = new FailingProjection(db.schema, district, poison.eventId, DIVISION_BY_ZERO, () => true);
    const consumer = new ExactlyOnceConsumer({ kafka, dataSource: db.dataSource, schema: db.schema, groupId, topics: [Topics.mediation], projection, maxAttempts: 3 });
    consumers.push(consumer);
    const { partition, offsets } = await produceTogether(events);
    await consumer.start();

    await eventually(
      async () => ({ applied: (await db.tally()).get(caseId)?.applied ?? 0, deadLetters: deadLetters.messages.length }),
      (s) => s.applied >= 3 && s.deadLetters >= 1,
      60_000,
      'three events applied and one dead letter',
    );
    expect((await db.tally()).get(caseId)).toEqual({ applied: 3, sequences: [1, 3, 4] });
    expect(deadLetters.messages).toHaveLength(1);
    const [letter] = deadLetters.messages;
    expect(letter.value).toBe(JSON.stringify(poison));
    expect([letter.headers['x-original-partition'], letter.headers['x-original-offset']]).toEqual([String(partition), offsets[1]]);
    expect(letter.headers['x-dead-letter-reason']).toBe('projection failed after 3 attempts: division by zero');
    const recorded: { offset: string; reason: string }[] = await db.dataSource.query(
      `SELECT "offset", reason FROM "${db.schema}".dead_letters WHERE group_id = $1 AND partition = $2`,
      [groupId, partition],
    );
    expect(recorded).toEqual([{ offset: offsets[1], reason: 'projection failed after 3 attempts: division by zero' }]);
    // Three failed batches, then the one-at-a-time pass that found it; its inbox claim was rolled back with it.
    expect(projection.calls).toBe(4);
    // Not consumer.deadLettered: other suites' events on the shared topic (types this projection has no handler for) count there too.
    expect([consumer.failedAttempts, consumer.transientFailures]).toEqual([3, 0]);
    const [inbox]: { n: string }[] = await db.dataSource.query(`SELECT count(*) AS n FROM "${db.schema}".inbox WHERE event_id = $1`, [poison.eventId]);
    expect(Number(inbox.n)).toBe(0);
  }, 90_000);

  it('retries a transient database error without counting it toward the attempts, then applies the event once', async () => {
    const groupId = await newGroup();
    const caseId = randomUUID();
    const events = [1, 2].map((seq) => disputeRegistered(district, caseId, seq));
    // Four deadlocks in a row: more than maxAttempts, so counting them would dead-letter the event.
    const projection = new FailingProjection(db.schema, district, events[1].eventId, DEADLOCK, (call) => call <= 4);
    const consumer = new ExactlyOnceConsumer({ kafka, dataSource: db.dataSource, schema: db.schema, groupId, topics: [Topics.mediation], projection, maxAttempts: 2 });
    consumers.push(consumer);
    const { partition, offsets } = await produceTogether(events);
    await consumer.start();

    await eventually(async () => (await db.tally()).get(caseId)?.applied ?? 0, (n) => n >= 2, 60_000, 'both events applied');
    expect((await db.tally()).get(caseId)).toEqual({ applied: 2, sequences: [1, 2] });
    expect(projection.calls).toBe(5);
    expect([consumer.failedAttempts, consumer.transientFailures]).toEqual([0, 4]);
    // This case's offsets only: other suites' events on the shared topic may be dead-lettered by this group (no handler).
    const [letters]: { n: string }[] = await db.dataSource.query(
      `SELECT count(*) AS n FROM "${db.schema}".dead_letters WHERE group_id = $1 AND partition = $2 AND "offset" = ANY($3::bigint[])`,
      [groupId, partition, offsets],
    );
    expect(Number(letters.n)).toBe(0);
  }, 90_000);
  it('dead-letters a batch of invalid messages larger than the broker accepts in one request, and the partition moves on', async () => {
    const groupId = await newGroup();
    const caseId = randomUUID();
    const deadLetters = await TopicTap.open(kafka, Topics.deadLetter, 'fromEnd', (m) => m.key === caseId && m.headers['x-consumer-group'] === groupId);
    taps.push(deadLetters);
    const projection = new CaseTallyProjection(db.schema, district);
    const consumer = new ExactlyOnceConsumer({ kafka, dataSource: db.dataSource, schema: db.schema, groupId, topics: [Topics.mediation], projection });
    consumers.push(consumer);
    // 600 unparseable messages of ~2 KB on one partition (~1.2 MB: more than one produce request may carry), then a valid event.
    const junk = 'x'.repeat(2_000);
    for (let i = 0; i < 3; i++)
      await producer.send({ topic: Topics.mediation, acks: -1, messages: Array.from({ length: 200 }, (_, j) => ({ key: caseId, value: `not json ${i}-${j} ${junk}` })) });
    await produceTogether([disputeRegistered(district, caseId, 1)]);
    await consumer.start();

    await eventually(
      async () => ({ applied: (await db.tally()).get(caseId)?.applied ?? 0, deadLetters: deadLetters.messages.length }),
      (s) => s.applied === 1 && s.deadLetters === 600,
      60_000,
      '600 dead letters and the valid event applied',
    );
    expect(deadLetters.messages.every((m) => String(m.value).startsWith('not json '))).toBe(true);
  }, 90_000);
});
