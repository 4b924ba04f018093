import { CASE_TOPICS, CaseEvent, EVENT_DEFINITIONS, Topics } from '@casetrack/contracts';
import { applyOnce, createEventProducer, createKafka, EventProjection, ExactlyOnceConsumer } from '@casetrack/messaging';
import { assertTestDatabase, createDataSource, ensureDatabase, initializeAndMigrate } from '@casetrack/persistence';
import { ServiceConfig } from '@casetrack/platform';
import { randomBytes, randomUUID } from 'node:crypto';
import { Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { muteKafkaJsErrors } from '../../../../libs/messaging/test-support/quiet-kafka-logs';
import { deleteGroups, startGroupAtEnd } from '../../../../libs/messaging/test-support/topic-tap';
import { eventually, TEST_DATABASE_URL, TEST_KAFKA_BROKERS, uniqueDistrict } from '../../../../tests/support/test-env';
import { generatedYear } from '../../test-support/generated-year';
import { AdminReviewProjection } from '../administrative-review/admin-review.projection';
import { FileReviewRollupProjection } from '../file-review/file-review-rollup.projection';
import { LegalAffairsRollupProjection } from '../legal-affairs/legal-affairs-rollup.projection';
import { PublicLegalServicesRollupProjection } from '../public-legal-services/public-legal-services-rollup.projection';
import { LegalEducationRollupProjection } from '../legal-education/legal-education-rollup.projection';
import { LegalAidRollupProjection } from '../legal-aid/legal-aid-rollup.projection';
import { MediationRollupProjection } from '../mediation/mediation-rollup.projection';
import { REPORTING_MIGRATIONS } from '../migrations';
import { CompositeProjection } from './area-projection';

const config = { timeZone: 'Asia/Shanghai' } as ServiceConfig;
const areas = () => [new MediationRollupProjection(config), new LegalAidRollupProjection(config), new AdminReviewProjection(config), new FileReviewRollupProjection(config), new LegalAffairsRollupProjection(config),
  new PublicLegalServicesRollupProjection(config),
  new LegalEducationRollupProjection(config),
];
/** Columns that say when a row was written, not what it holds. */
const WRITTEN_AT = ['applied_at', 'recorded_at', 'updated_at', 'created_at'];

/** A reporting schema of its own in the test database, migrated. */
async function reportingSchema(): Promise<{ schema: string; dataSource: DataSource; drop(): Promise<void> }> {
  assertTestDatabase(TEST_DATABASE_URL);
  await ensureDatabase(TEST_DATABASE_URL);
  const schema = `rep_set_${randomBytes(4).toString('hex')}`;
  const dataSource = createDataSource({ url: TEST_DATABASE_URL, schema, searchPath: schema, migrations: REPORTING_MIGRATIONS, applicationName: schema, poolSize: 4 });
  await dataSource.initialize();
  await dataSource.query(`CREATE SCHEMA "${schema}"`);
  await initializeAndMigrate(dataSource, schema);
  return {
    schema,
    dataSource,
    async drop() {
      await dataSource.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await dataSource.destroy();
    },
  };
}

/** Every row of every projection table (and the inbox), without the times they were written. */
async function contents(dataSource: DataSource, schema: string): Promise<Record<string, unknown[]>> {
  const tables: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'
        AND table_name NOT IN ('migrations', 'consumer_offsets', 'dead_letters') ORDER BY table_name`,
    [schema],
  );
  const out: Record<string, unknown[]> = {};
  for (const { table_name: table } of tables) {
    const columns: { column_name: string }[] = await dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 AND column_name <> ALL($3) ORDER BY ordinal_position`,
      [schema, table, WRITTEN_AT],
    );
    const list = columns.map((c) => `"${c.column_name}"`).join(', ');
    out[table] = await dataSource.query(`SELECT ${list} FROM "${schema}"."${table}" ORDER BY ${columns.map((_, i) => i + 1).join(', ')}`);
  }
  return out;
}

/** Applies `events` through the inbox in batches of `size`, one transaction each, each event at its offset in `all`. */
async function applyInBatches(dataSource: DataSource, schema: string, projection: EventProjection, all: readonly CaseEvent[], events: readonly CaseEvent[], size: number) {
  const offsetOf = new Map(all.map((e, i) => [e.eventId, String(i)]));
  let applied = 0;
  for (let i = 0; i < events.length; i += size) {
    const batch = events.slice(i, i + size);
    const fresh = await dataSource.transaction((em) => applyOnce(em, schema, projection, batch, { topic: 'generated', partition: 0, offsetOf: (e) => offsetOf.get(e.eventId)! }));
    applied += fresh.length;
  }
  return applied;
}

describe('applying a batch set-based (one statement per table) against PostgreSQL', () => {
  const schemas: { drop(): Promise<void> }[] = [];
  afterAll(async () => {
    await Promise.all(schemas.map((s) => s.drop()));
  }, 60_000);

  async function schema() {
    const s = await reportingSchema();
    schemas.push(s);
    return s;
  }

  it('leaves every table as applying the events one at a time does, over a generated year of every area', async () => {
    const district = uniqueDistrict();
    const year = generatedYear(district, { casesPerArea: 80 });
    // Every event type of every topic reporting reads.
    expect(new Set(year.map((e) => e.type))).toEqual(new Set(EVENT_DEFINITIONS.filter((d) => (CASE_TOPICS as readonly string[]).includes(d.topic)).map((d) => d.type)));
    const [batched, single] = await Promise.all([schema(), schema()]);
    const projection = new CompositeProjection(areas());
    expect(await applyInBatches(batched.dataSource, batched.schema, projection, year, year, 400)).toBe(year.length);
    expect(await applyInBatches(single.dataSource, single.schema, projection, year, year, 1)).toBe(year.length);

    const [a, b] = await Promise.all([contents(batched.dataSource, batched.schema), contents(single.dataSource, single.schema)]);
    expect(Object.keys(a)).toEqual(Object.keys(b));
    for (const table of Object.keys(a)) expect([table, a[table]]).toEqual([table, b[table]]);
    // Not two empty sets: each area's rollup and the facts behind it were written.
    for (const table of ['mediation_rollup', 'legal_aid_rollup', 'admin_review_rollup', 'litigation_rollup', 'file_review_rollup', 'legal_affairs_rollup', 'legal_affairs_units', 'legal_affairs_engagements',
      'public_legal_services_rollup', 'public_legal_services_providers', 'figure_facts', 'figure_changes'])
      expect([table, a[table].length > 0]).toEqual([table, true]);
    expect(a.inbox).toHaveLength(year.length);
    expect(a.figure_changes).toHaveLength(year.length);
  }, 120_000);

  it('applies an event once whether it comes twice in a batch or again in a later batch, so a replay changes nothing', async () => {
    const district = uniqueDistrict();
    const year = generatedYear(district, { casesPerArea: 40, seed: 'duplicates' });
    const s = await schema();
    const projection = new CompositeProjection(areas());
    const firstHalf = year.slice(0, Math.floor(year.length / 2));
    expect(await applyInBatches(s.dataSource, s.schema, projection, year, firstHalf, 250)).toBe(firstHalf.length);
    // The whole year again, each event twice in a row, in batches of another size: only the second half is new.
    const doubled = year.flatMap((e) => [e, { ...e }]);
    expect(await applyInBatches(s.dataSource, s.schema, projection, year, doubled, 333)).toBe(year.length - firstHalf.length);
    const once = await contents(s.dataSource, s.schema);
    // A replay of everything from the start applies nothing and changes no row.
    expect(await applyInBatches(s.dataSource, s.schema, projection, year, year, 1000)).toBe(0);
    expect(await contents(s.dataSource, s.schema)).toEqual(once);

    const fresh = await schema();
    await applyInBatches(fresh.dataSource, fresh.schema, projection, year, year, 1000);
    expect(await contents(fresh.dataSource, fresh.schema)).toEqual(once);
  }, 120_000);

  it('adds up a batch that touches one rollup row many times into that row, exactly', async () => {
    const district = uniqueDistrict();
    const s = await schema();
    const projection = new CompositeProjection(areas());
    const dims = { committeeCode: 'C-ONE', committeeKind: 'community', committeeField: null, category: 'neighbourhood', source: 'walk-in', receivedAt: '2019-03-05T09:00:00+08:00' } as const;
    const events = Array.from({ length: 1500 }, (_, i): CaseEvent => {
      const caseId = randomUUID();
      return i % 3 === 2
        ? { eventId: randomUUID(), type: 'mediation.dispute.concluded', version: 1, occurredAt: '2019-03-06T09:00:00+08:00', district, caseId, sequence: 2, actorId: null, payload: { ...dims, concludedAt: '2019-03-06T09:00:00+08:00', result: i % 2 ? 'success' : 'failure', agreement: null, agreementAmountFen: null } }
        : { eventId: randomUUID(), type: 'mediation.dispute.registered', version: 1, occurredAt: '2019-03-05T09:00:00+08:00', district, caseId, sequence: 1, actorId: null, payload: { ...dims, partyCount: 2, amountInvolvedFen: null } };
    });
    await applyInBatches(s.dataSource, s.schema, projection, events, events, events.length);
    const rows = await s.dataSource.query(`SELECT month, registered::int, succeeded::int, failed::int FROM "${s.schema}".mediation_rollup WHERE district = $1`, [district]);
    const succeeded = events.filter((e, i) => i % 3 === 2 && i % 2 === 1).length;
    expect(rows).toEqual([{ month: 3, registered: 1000, succeeded, failed: 500 - succeeded }]);
    const [facts] = await s.dataSource.query(`SELECT count(*)::int AS n FROM "${s.schema}".figure_facts WHERE district = $1`, [district]);
    expect(facts.n).toBe(1500);
  }, 60_000);
});

describe('the reporting projections behind the exactly-once consumer, one batch with bad events among good ones', () => {
  let kafka: Kafka;
  let producer: Producer;
  let unmute: (() => void) | undefined;
  const groups: string[] = [];
  const consumers: ExactlyOnceConsumer[] = [];
  let s: Awaited<ReturnType<typeof reportingSchema>>;

  beforeAll(async () => {
    kafka = createKafka({ brokers: TEST_KAFKA_BROKERS, clientId: 'reporting-set-based-int' });
    producer = createEventProducer(kafka);
    await producer.connect();
    s = await reportingSchema();
  }, 60_000);

  afterAll(async () => {
    unmute?.();
    await Promise.all(consumers.map((c) => c.stop()));
    await deleteGroups(kafka, groups);
    await producer?.disconnect();
    await s?.drop();
  }, 60_000);

  it('dead-letters the invalid event and the one the set-based statement cannot store, with their reasons, and applies every other event once', async () => {
    const district = uniqueDistrict();
    const groupId = `rep-set-int-${randomUUID()}`;
    groups.push(groupId);
    await startGroupAtEnd(kafka, groupId, Topics.adminReview);
    const caseId = randomUUID(); // one key: one partition, so they come in one batch (or a few, in order)
    const dims = { channel: 'online', matter: 'penalty', respondentAgency: '区市场监管局', receivedAt: '2019-04-01T09:00:00+08:00' };
    const envelope = (sequence: number, type: string, payload: Record<string, unknown>) => ({ eventId: randomUUID(), type, version: 1, occurredAt: '2019-04-02T09:00:00+08:00', district, caseId, sequence, actorId: null, payload });
    const received = Array.from({ length: 30 }, (_, i) => envelope(i + 1, 'adminreview.review.received', dims));
    const invalid = { ...envelope(31, 'adminreview.review.received', dims), payload: { ...dims, channel: 'carrier-pigeon' } };
    // Valid by its contract (any safe integer), but the deadline table keeps sequences as int: the
    // batch's one statement for that table fails, and only this event may be lost for it.
    const unstorable = envelope(2 ** 31, 'adminreview.review.accepted', { ...dims, acceptedAt: '2019-04-02T09:00:00+08:00', dueAt: '2019-06-01T09:00:00+08:00' });
    const accepted = Array.from({ length: 10 }, (_, i) => envelope(40 + i, 'adminreview.review.accepted', { ...dims, acceptedAt: '2019-04-02T09:00:00+08:00', dueAt: '2019-06-01T09:00:00+08:00' }));
    const all = [...received.slice(0, 15), invalid, ...received.slice(15), unstorable, ...accepted];
    const sent = await producer.send({ topic: Topics.adminReview, acks: -1, messages: all.map((e) => ({ key: caseId, value: JSON.stringify(e) })) });
    const base = BigInt(sent[0].baseOffset!);
    const offsetOf = (e: object) => String(base + BigInt(all.indexOf(e as (typeof all)[number])));

    unmute = muteKafkaJsErrors(); // the failing attempts are logged by KafkaJS
    const consumer = new ExactlyOnceConsumer({
      kafka, dataSource: s.dataSource, schema: s.schema, groupId, topics: [Topics.adminReview], projection: new CompositeProjection(areas()),
      maxAttempts: 2, partitionsConsumedConcurrently: 3,
    });
    consumers.push(consumer);
    await consumer.start();

    const deadLetters = () =>
      s.dataSource.query(`SELECT "offset"::text AS offset, kind, reason FROM "${s.schema}".dead_letters WHERE group_id = $1 AND partition = $2 ORDER BY "offset"`, [groupId, sent[0].partition]);
    const letters = await eventually(deadLetters, (rows) => rows.length >= 2, 60_000, 'two dead letters');
    const [row] = await eventually(
      () => s.dataSource.query(`SELECT received::int, accepted::int FROM "${s.schema}".admin_review_rollup WHERE district = $1`, [district]),
      (rows) => rows.length === 1 && rows[0].accepted >= 10,
      60_000,
      'the valid events applied',
    );
    await new Promise((r) => setTimeout(r, 1_000)); // room for an unexpected second application to show up

    expect(letters).toEqual([
      { offset: offsetOf(invalid), kind: 'invalid-payload', reason: expect.stringMatching(/^adminreview\.review\.received v1: payload\.channel must be one of/) },
      { offset: offsetOf(unstorable), kind: 'projection-failed', reason: expect.stringMatching(/^projection failed after 2 attempts: .*out of range/) },
    ]);
    expect(row).toEqual({ received: 30, accepted: 10 });
    expect(await s.dataSource.query(`SELECT received::int, accepted::int FROM "${s.schema}".admin_review_rollup WHERE district = $1`, [district])).toEqual([row]);
    const ids = [...received, ...accepted].map((e) => e.eventId);
    const [inbox] = await s.dataSource.query(`SELECT count(*)::int AS n FROM "${s.schema}".inbox WHERE event_id = ANY($1::uuid[])`, [ids]);
    expect(inbox.n).toBe(40);
    const [outside] = await s.dataSource.query(`SELECT count(*)::int AS n FROM "${s.schema}".inbox WHERE event_id = ANY($1::uuid[])`, [[invalid.eventId, unstorable.eventId]]);
    expect(outside.n).toBe(0);
    const [journal] = await s.dataSource.query(`SELECT count(*)::int AS n FROM "${s.schema}".figure_changes WHERE district = $1`, [district]);
    expect(journal.n).toBe(40);
  }, 120_000);
});
