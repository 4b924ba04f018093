import { createPrivateTopics } from './support/private-topics';
import { Topics } from '@casetrack/contracts';
import { createEventProducer, createKafka } from '@casetrack/messaging';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { Producer } from 'kafkajs';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule as ReportingModule } from '../apps/reporting/src/app.module';
import { ReportingConsumer } from '../apps/reporting/src/projections/reporting-consumer';
import { disputeRegistered } from '../libs/messaging/test-support/test-events';
import { RunningApp, startApp, startMediation, testServiceConfig } from './support/apps';
import { Scrape, scrape } from './support/metrics';
import { eventually, TEST_DATABASE_URL, TEST_KAFKA_BROKERS, uniqueCode, uniqueDistrict } from './support/test-env';
import { startWeb } from './support/web-app';

jest.setTimeout(180_000);

/**
 * GET /metrics moves when its cause happens. The suite's services use a database of their own (the
 * test database's name + `_metrics`): no other suite's relay publishes this one's outbox, so "the
 * relay is stopped" holds, and the outbox gauges count this suite's rows only.
 */
describe('the services’ metrics', () => {
  const district = uniqueDistrict();
  const base = new URL(TEST_DATABASE_URL);
  const databaseUrl = Object.assign(new URL(TEST_DATABASE_URL), { pathname: `${base.pathname}_metrics` }).toString();
  const groupId = `metrics-${randomUUID()}`;
  let mediation: RunningApp;
  let reporting: RunningApp;
  let producer: Producer;

  async function dropDatabase(): Promise<void> {
    const admin = new Client({ connectionString: Object.assign(new URL(TEST_DATABASE_URL), { pathname: '/postgres' }).toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${base.pathname.slice(1)}_metrics" WITH (FORCE)`).finally(() => admin.end());
  }

  beforeAll(async () => {
    await createPrivateTopics();
    await dropDatabase();
    mediation = await startMediation(district, { databaseUrl, relayEnabled: false });
    reporting = await startApp(ReportingModule.register({ service: testServiceConfig(district, { databaseUrl }), reporting: { groupId } }), 'reporting');
    producer = createEventProducer(createKafka({ brokers: TEST_KAFKA_BROKERS, clientId: 'metrics-e2e' }));
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await Promise.all([mediation?.close(), reporting?.close()]);
    await dropDatabase();
  });

  it('counts a request in the duration histogram of its route pattern, never of its URL', async () => {
    const series = { method: 'GET', route: '/v1/disputes/:id', status_code: '404' };
    const before = (await scrape(mediation.url)).value('http_request_duration_seconds_count', series) ?? 0;
    const ids = [randomUUID(), randomUUID()];
    for (const id of ids) expect((await mediation.http.get(`/v1/disputes/${id}`)).status).toBe(404);
    const after = await scrape(mediation.url);
    expect(after.value('http_request_duration_seconds_count', series)).toBe(before + 2);
    expect(after.value('http_request_duration_seconds_bucket', { ...series, le: '+Inf' })).toBe(before + 2);
    for (const id of ids) expect(after.text).not.toContain(id);
    // Scrapes are not requests of the API: /metrics does not count itself.
    expect(after.samples('http_request_duration_seconds_count').filter((s) => s.labels.route === '/metrics')).toEqual([]);
  });

  it('reports the database pool: connections in use, idle, at most, and queries waiting', async () => {
    const s = await scrape(mediation.url);
    expect(s.value('casetrack_db_pool_connections_max', { service: 'mediation' })).toBe(10);
    expect(s.value('casetrack_db_pool_waiting_requests')).toBe(0);
    expect(s.value('casetrack_db_pool_connections_in_use')).toBeGreaterThanOrEqual(0);
    expect(s.value('casetrack_db_pool_connections_idle')).toBeGreaterThanOrEqual(1);
  });

  it('shows an event written while the relay is stopped as waiting in the outbox, with its age; a relay then publishes it in one batch', async () => {
    const before = await scrape(mediation.url);
    expect([before.value('casetrack_outbox_waiting_events'), before.value('casetrack_outbox_oldest_waiting_age_seconds'), before.value('casetrack_relay_active')]).toEqual([0, 0, 0]);
    const committee = { code: uniqueCode('MET'), name: '指标测试人民调解委员会', kind: 'community', establishedAt: '2019-01-01T00:00:00+08:00' };
    expect((await mediation.http.post('/v1/committees', committee)).status).toBe(201);
    const waiting = await scrape(mediation.url);
    expect(waiting.value('casetrack_outbox_waiting_events')).toBe(1);
    expect(waiting.value('casetrack_outbox_oldest_waiting_age_seconds')).toBeGreaterThan(0);

    // A second instance with its relay on takes the outbox lock and publishes the row.
    const relaying = await startMediation(district, { databaseUrl });
    try {
      const published = await eventually(() => scrape(relaying.url), (s) => (s.value('casetrack_relay_published_events_total') ?? 0) >= 1, 30_000, 'the relay to publish');
      expect([published.value('casetrack_relay_active'), published.value('casetrack_relay_batch_events_count'), published.value('casetrack_relay_batch_events_bucket', { le: '1' })]).toEqual([1, 1, 1]);
      expect(published.value('casetrack_relay_errors_total')).toBe(0);
      const drained = await eventually(() => scrape(mediation.url), (s) => s.value('casetrack_outbox_waiting_events') === 0, 10_000, 'the outbox to drain');
      expect(drained.value('casetrack_outbox_oldest_waiting_age_seconds')).toBe(0);
    } finally {
      await relaying.close();
    }
  });

  it('counts the events the reporting consumer applies, shows its lag per partition while events wait, and the time of the last one applied', async () => {
    const consumer = reporting.app.get(ReportingConsumer);
    const db = reporting.app.get(DataSource);
    const lagOf = (s: Scrape) => s.sum('casetrack_consumer_lag_events', { topic: Topics.mediation });
    // At rest: nothing waits, and the counter has counted every event in the inbox (the service applied them all since it started).
    // The scrape comes first: a batch committing between the two reads then shows in the inbox but
    // not yet in the counter (not settled, poll again). Read the other way round, the inbox could
    // miss the batch whose commit the lag already counts, and both would agree one event short.
    const atRest = async () => {
      const s = await scrape(reporting.url);
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM reporting.inbox`);
      return { s, inbox: n as number };
    };
    const settled = ({ s, inbox }: { s: Scrape; inbox: number }) => s.samples('casetrack_consumer_lag_events').length > 0 && lagOf(s) === 0 && s.value('casetrack_consumer_events_applied_total') === inbox;
    const before = (await eventually(atRest, settled, 60_000, 'the consumer at the end of its topics')).s;
    const appliedBefore = before.value('casetrack_consumer_events_applied_total')!;
    expect(before.samples('casetrack_consumer_lag_events').map((x) => x.labels.topic)).toEqual(expect.arrayContaining([...consumer.projection.topics]));

    await consumer.stop();
    const occurredAt = new Date(Date.now() + 1_000).toISOString();
    const events = [1, 2, 3].map(() => ({ ...disputeRegistered(district, randomUUID(), 1), occurredAt }));
    await producer.send({ topic: Topics.mediation, acks: -1, messages: events.map((e) => ({ key: e.caseId, value: JSON.stringify(e) })) });
    const waiting = await scrape(reporting.url);
    expect(lagOf(waiting)).toBe(3);
    expect(waiting.value('casetrack_consumer_last_event_timestamp_seconds') ?? 0).toBeLessThan(Date.parse(occurredAt) / 1000);

    consumer.resume(consumer.groupId);
    const after = (await eventually(atRest, (r) => settled(r) && r.inbox >= appliedBefore + 3, 60_000, 'the three events applied')).s;
    expect(after.value('casetrack_consumer_events_applied_total')).toBe(appliedBefore + 3);
    expect(after.value('casetrack_consumer_last_event_timestamp_seconds')).toBe(Date.parse(occurredAt) / 1000);
  });

  it('counts a dead letter by its reason, and shows it open on the desk', async () => {
    const before = await scrape(reporting.url);
    const counted = before.value('casetrack_consumer_dead_letters_total', { reason: 'unknown-type' });
    expect(counted).toBeDefined();
    const open = before.value('casetrack_dead_letters_open', { reason: 'unknown-type' }) ?? 0;
    const poison = { ...disputeRegistered(district, randomUUID(), 1), type: 'mediation.dispute.teleported' };
    await producer.send({ topic: Topics.mediation, acks: -1, messages: [{ key: poison.caseId, value: JSON.stringify(poison) }] });
    const after = await eventually(
      () => scrape(reporting.url),
      (s) => s.value('casetrack_consumer_dead_letters_total', { reason: 'unknown-type' })! > counted!,
      60_000,
      'the dead letter counted',
    );
    expect(after.value('casetrack_consumer_dead_letters_total', { reason: 'unknown-type' })).toBe(counted! + 1);
    expect(after.value('casetrack_consumer_dead_letters_total', { reason: 'not-json' })).toBe(before.value('casetrack_consumer_dead_letters_total', { reason: 'not-json' }));
    expect(after.value('casetrack_dead_letters_open', { reason: 'unknown-type' })).toBe(open + 1);
  });

  it('serves the web app’s metrics too, by route pattern', async () => {
    const web = await startWeb();
    try {
      expect((await fetch(`${web.url}/api/session`)).status).toBe(401);
      const s = await scrape(web.url);
      expect(s.value('http_request_duration_seconds_count', { service: 'web', method: 'GET', route: '/api/session', status_code: '401' })).toBe(1);
    } finally {
      await web.close();
    }
  });

  describe('with NODE_ENV=production', () => {
    const token = randomBytes(24).toString('hex');
    const publicKey = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();

    /** Starts a mediation service with the production environment `env` (read while the module is created), then restores the environment. */
    async function startInProduction(env: Record<string, string>): Promise<RunningApp> {
      const saved = { ...process.env };
      Object.assign(process.env, { NODE_ENV: 'production', AUTH_JWT_PUBLIC_KEY: publicKey, IDEMPOTENCY_SECRET: randomBytes(24).toString('hex'), ...env });
      try {
        return await startMediation(district, { databaseUrl, relayEnabled: false });
      } finally {
        for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
        Object.assign(process.env, saved);
      }
    }

    it('refuses GET /metrics without the token, or with another one, and serves it with the token', async () => {
      const app = await startInProduction({ METRICS_TOKEN: token });
      try {
        const refused = await fetch(`${app.url}/metrics`);
        expect([refused.status, refused.headers.get('www-authenticate'), ((await refused.json()) as { code: string }).code]).toEqual([401, 'Bearer', 'METRICS.TOKEN_REQUIRED']);
        expect((await scrape(app.url, `${token.slice(0, -1)}x`)).status).toBe(401);
        const served = await scrape(app.url, token);
        expect(served.status).toBe(200);
        expect(served.value('casetrack_db_pool_connections_max')).toBe(10);
      } finally {
        await app.close();
      }
    });

    it('refuses to start without METRICS_TOKEN, naming it', async () => {
      await expect(startInProduction({})).rejects.toThrow(/METRICS_TOKEN must be set when NODE_ENV=production/);
    });
  });
});
