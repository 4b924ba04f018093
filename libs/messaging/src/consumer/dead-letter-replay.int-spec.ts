import { CaseEvent, Topics } from '@casetrack/contracts';
import { randomUUID } from 'node:crypto';
import { Kafka, Producer } from 'kafkajs';
import { EntityManager } from 'typeorm';
import { eventually, TEST_DATABASE_URL, TEST_KAFKA_BROKERS, uniqueDistrict } from '../../../../tests/support/test-env';
import { CaseTallyProjection } from '../../test-support/case-tally.projection';
import { createMessagingTestDb, MessagingTestDb } from '../../test-support/messaging-test-db';
import { muteKafkaJsErrors } from '../../test-support/quiet-kafka-logs';
import { disputeRegistered } from '../../test-support/test-events';
import { deleteGroups, startGroupAtEnd } from '../../test-support/topic-tap';
import { createEventProducer, createKafka } from '../kafka/kafka-client';
import { consumerTablesSql, deadLetterDeskSql } from './consumer-tables';
import { DeadLetterKind, kindOfReason } from './dead-letter';
import { DeadLetterReplay } from './dead-letter-replay';
import { BatchPosition } from './event-projection';
import { ExactlyOnceConsumer } from './exactly-once.consumer';

/** The tally projection, except that an event of `target` throws `message` while `cause` is set: a fault an operator can mend. */
class MendableProjection extends CaseTallyProjection {
  cause: string | null = 'the committee of this dispute is not registered yet';

  constructor(schema: string, district: string, private readonly target: string) {
    super(schema, district);
  }

  override async apply(em: EntityManager, events: readonly CaseEvent[], position?: BatchPosition): Promise<void> {
    if (this.cause !== null && events.some((e) => e.caseId === this.target)) await em.query(`DO $$ BEGIN RAISE EXCEPTION '${this.cause}'; END $$`);
    await super.apply(em, events);
  }
}

interface Letter {
  id: string;
  kind: DeadLetterKind;
  reason: string;
  first_reason: string;
  value: string | null;
  replays: number;
  replay_outcome: string | null;
  resolved: boolean;
}

describe('replaying dead letters through the consumer’s exactly-once path', () => {
  let kafka: Kafka;
  let producer: Producer;
  let db: MessagingTestDb;
  let district: string;
  let consumer: ExactlyOnceConsumer | undefined;
  const groups: string[] = [];
  let unmute: () => void;

  beforeAll(async () => {
    kafka = createKafka({ brokers: TEST_KAFKA_BROKERS, clientId: 'messaging-replay-int' });
    producer = createEventProducer(kafka);
    await producer.connect();
  }, 30_000);

  beforeEach(async () => {
    db = await createMessagingTestDb(TEST_DATABASE_URL);
    district = uniqueDistrict();
    unmute = muteKafkaJsErrors();
  }, 30_000);

  afterEach(async () => {
    unmute();
    await consumer?.stop();
    consumer = undefined;
    await deleteGroups(kafka, groups.splice(0));
    await db?.drop();
  }, 60_000);

  afterAll(async () => {
    await producer?.disconnect();
  }, 30_000);

  async function letters(groupId: string): Promise<Letter[]> {
    return db.dataSource.query(
      `SELECT id::text AS id, kind, reason, first_reason, convert_from(message_value, 'UTF8') AS value, replays, replay_outcome, resolved_at IS NOT NULL AS resolved
         FROM "${db.schema}".dead_letters WHERE group_id = $1 ORDER BY id`,
      [groupId],
    );
  }

  it('keeps a failing event with its reason; a replay before the fix stays dead-lettered with the new reason, after it applies once, and again changes nothing', async () => {
    const groupId = `msg-replay-${randomUUID()}`;
    groups.push(groupId);
    await startGroupAtEnd(kafka, groupId, Topics.mediation);
    const caseId = randomUUID();
    const projection = new MendableProjection(db.schema, district, caseId);
    const recorded: [DeadLetterKind, number][] = [];
    consumer = new ExactlyOnceConsumer({
      kafka, dataSource: db.dataSource, schema: db.schema, groupId, topics: [Topics.mediation], projection, maxAttempts: 1,
      observer: { deadLettersRecorded: (kind, n) => recorded.push([kind, n]) },
    });
    await consumer.start();
    const event = disputeRegistered(district, caseId, 1);
    await producer.send({ topic: Topics.mediation, acks: -1, messages: [{ key: caseId, value: JSON.stringify(event) }] });

    const [letter] = await eventually(() => letters(groupId), (l) => l.length === 1, 60_000, 'the failing event dead-lettered');
    expect(letter).toMatchObject({ kind: 'projection-failed', value: JSON.stringify(event), replays: 0, replay_outcome: null, resolved: false });
    expect(letter.reason).toBe('projection failed after 1 attempts: the committee of this dispute is not registered yet');
    expect(recorded).toEqual([['projection-failed', 1]]);
    const replay = new DeadLetterReplay({ dataSource: db.dataSource, schema: db.schema, projection, groupId });

    projection.cause = 'the committee is registered in another district';
    expect(await replay.replay(letter.id)).toEqual({ id: letter.id, outcome: 'dead-lettered', kind: 'projection-failed', reason: 'projection failed on replay: the committee is registered in another district' });
    expect((await letters(groupId))[0]).toMatchObject({ replays: 1, replay_outcome: 'dead-lettered', resolved: false, first_reason: letter.reason });
    expect((await db.tally()).get(caseId)).toBeUndefined();

    projection.cause = null;
    expect((await replay.replay(letter.id))?.outcome).toBe('applied');
    expect((await replay.replay(letter.id))?.outcome).toBe('already-applied');
    expect((await db.tally()).get(caseId)).toEqual({ applied: 1, sequences: [1] });
    expect((await letters(groupId))[0]).toMatchObject({ replays: 3, replay_outcome: 'already-applied', resolved: true });
    expect(await replay.replay('999999999')).toBeNull();
  }, 90_000);

  it('keeps a message that is not an event as it came, and a replay of it stays dead-lettered', async () => {
    const groupId = `msg-replay-${randomUUID()}`;
    groups.push(groupId);
    await startGroupAtEnd(kafka, groupId, Topics.mediation);
    const caseId = randomUUID();
    const projection = new CaseTallyProjection(db.schema, district);
    consumer = new ExactlyOnceConsumer({ kafka, dataSource: db.dataSource, schema: db.schema, groupId, topics: [Topics.mediation], projection });
    await consumer.start();
    const unknown = JSON.stringify({ ...disputeRegistered(district, caseId, 1), type: 'mediation.dispute.teleported' });
    await producer.send({ topic: Topics.mediation, acks: -1, messages: [{ key: caseId, value: unknown }] });

    const [letter] = await eventually(() => letters(groupId), (l) => l.length === 1, 60_000, 'the unknown type dead-lettered');
    expect(letter).toMatchObject({ kind: 'unknown-type', value: unknown, reason: 'unknown event type mediation.dispute.teleported v1' });
    const result = await new DeadLetterReplay({ dataSource: db.dataSource, schema: db.schema, projection, groupId }).replay(letter.id);
    expect(result).toMatchObject({ outcome: 'dead-lettered', kind: 'unknown-type', reason: 'unknown event type mediation.dispute.teleported v1' });
    expect(await db.tally()).toEqual(new Map());
  }, 90_000);

  it('gives the dead letters recorded before the desk the kind their reason names', async () => {
    const schema = `${db.schema}_old`;
    await db.dataSource.query(`CREATE SCHEMA "${schema}"`);
    for (const sql of consumerTablesSql(schema)) await db.dataSource.query(sql);
    const reasons = [
      'message has no value',
      'value is not JSON: Unexpected end of JSON input',
      'event.caseId must be a UUID; event.sequence must be ≥ 1',
      'unknown event type mediation.dispute.teleported v1',
      'mediation.dispute.concluded v1: payload.result must be one of success, failure',
      'no handler for legalaid.case.applied v1 in casetrack-reporting',
      'projection failed after 5 attempts: division by zero',
    ];
    await db.dataSource.query(
      `INSERT INTO "${schema}".dead_letters (group_id, topic, partition, "offset", reason) SELECT 'g', 't', 0, o, r FROM unnest($1::bigint[], $2::text[]) AS x(o, r)`,
      [reasons.map((_, i) => i), reasons],
    );
    for (const sql of deadLetterDeskSql(schema)) await db.dataSource.query(sql);
    const rows: { reason: string; kind: string; first_reason: string; value_kept: boolean }[] = await db.dataSource.query(
      `SELECT reason, kind, first_reason, value_kept FROM "${schema}".dead_letters ORDER BY "offset"`,
    );
    await db.dataSource.query(`DROP SCHEMA "${schema}" CASCADE`);
    expect(rows.map((r) => r.kind)).toEqual(reasons.map(kindOfReason));
    expect(rows.map((r) => r.kind)).toEqual(['no-value', 'not-json', 'invalid-envelope', 'unknown-type', 'invalid-payload', 'no-handler', 'projection-failed']);
    expect(rows.every((r) => r.first_reason === r.reason && !r.value_kept)).toBe(true);
  });
});
