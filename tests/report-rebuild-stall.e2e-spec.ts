import { createPrivateTopics } from './support/private-topics';
import { CaseEvent } from '@casetrack/contracts';
import { createKafka, EventProjection } from '@casetrack/messaging';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { AppModule as ReportingModule } from '../apps/reporting/src/app.module';
import { ReportingConfig } from '../apps/reporting/src/config';
import { RunningApp, startApp, startMediation, testServiceConfig } from './support/apps';
import { authHeaders } from './support/auth';
import { HttpClient } from './support/http-client';
import { eventually, TEST_DATABASE_URL, TEST_KAFKA_BROKERS, uniqueCode, uniqueDistrict } from './support/test-env';

jest.setTimeout(180_000);

/**
 * A rebuild that cannot finish — its projection throws on one event, for the rebuild only (a test
 * seam wraps the rebuild's projection) — must never stop the live figures: the live consumer keeps
 * applying, the rebuild's status and /health say it is stalled, and an abort or a timeout ends it,
 * drops its tables and its group, and leaves the live projections as they were. The suite's
 * reporting service has a schema of its own, and the suite topics of its own (private-topics), so
 * the poisoned partition holds a handful of events.
 */
describe('a rebuild that cannot finish', () => {
  const district = uniqueDistrict();
  const runId = `s${randomUUID().slice(0, 8)}`;
  const schema = `rs_${randomBytes(4).toString('hex')}`;
  const groupId = `test-rebuild-stall-${runId}`;
  /** Cases whose events the rebuild's projection fails on (the live one applies them). */
  const poisoned = new Set<string>();
  const failingOnPoison = (live: EventProjection): EventProjection => ({
    handledTypes: live.handledTypes,
    async apply(em, events: readonly CaseEvent[], position) {
      if (events.some((e) => poisoned.has(e.caseId))) throw new Error('injected: the rebuild’s projection fails on this event');
      await live.apply(em, events, position);
    },
  });
  let mediation: RunningApp;
  let reporting: RunningApp;
  let db: Client;
  let committee: string;
  let registered = 0;

  const startReporting = (reporting: Partial<ReportingConfig>) =>
    startApp(
      ReportingModule.register({
        service: testServiceConfig(district),
        // The most attempts the consumer allows: the rebuild must stay stuck, not dead-letter the event after 5.
        reporting: { groupId, schema, consumerMaxAttempts: 1_000, stallAfterMs: 2_000, rebuildCatchUpMs: 5_000, rebuildTimeoutMs: 3_600_000, rebuildStallTimeoutMs: 3_600_000, ...reporting },
        rebuildProjection: failingOnPoison,
      }),
      'reporting',
    );
  const rebuild = () => reporting.http.get('/v1/admin/rebuild').then((r) => r.body.rebuild);
  const health = () => reporting.http.get('/health');
  const schemaExists = async (name: string) => (await db.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [name])).rowCount === 1;
  const register = async () => {
    const res = await mediation.http.post('/v1/disputes', { committeeCode: committee, category: 'other', source: 'walk-in', receivedAt: '2019-06-03T09:00:00+08:00', partyCount: 2 });
    expect(res.status).toBe(201);
    registered += 1;
    return res.body.id as string;
  };
  /** Waits for the live report to show every dispute registered so far with nothing left to apply on any topic. */
  const liveShowsAll = () =>
    eventually(
      () => reporting.http.get(`/v1/reports/annual/2019?district=${district}`).then((r) => r.body),
      (r) => r.mediation?.registered === registered && r.consumerLag !== null && Object.values(r.consumerLag).every((n) => n === 0),
      60_000,
      `the live report to show ${registered} disputes with no lag`,
    );
  const startPoisonedRebuild = async () => {
    const started = await reporting.http.post('/v1/admin/rebuild');
    expect(started.status).toBe(202);
    return started.body as { id: string; groupId: string };
  };
  const kafkaGroups = async () => {
    const admin = createKafka({ brokers: TEST_KAFKA_BROKERS, clientId: 'rebuild-stall-e2e' }).admin();
    await admin.connect();
    try {
      return (await admin.listGroups()).groups.map((g) => g.groupId);
    } finally {
      await admin.disconnect();
    }
  };

  beforeAll(async () => {
    await createPrivateTopics();
    db = new Client({ connectionString: TEST_DATABASE_URL, application_name: 'report-rebuild-stall-e2e' });
    await db.connect();
    [mediation, reporting] = await Promise.all([startMediation(district), startReporting({})]);
    committee = uniqueCode('RS');
    expect((await mediation.http.post('/v1/committees', { code: committee, name: '法院人民调解工作室', kind: 'court' })).status).toBe(201);
    await register();
    await register();
    poisoned.add(await register());
    await liveShowsAll();
  });

  afterAll(async () => {
    await Promise.all([mediation?.close(), reporting?.close()]);
    const { rows } = await db.query(`SELECT nspname FROM pg_namespace WHERE nspname = $1 OR nspname LIKE $2`, [schema, `${schema}\\_%`]);
    for (const { nspname } of rows) await db.query(`DROP SCHEMA "${nspname}" CASCADE`);
    await db?.end();
  });

  let stalledGroup: string;

  it('keeps the live report moving: a dispute registered after the rebuild started appears, with no lag', async () => {
    stalledGroup = (await startPoisonedRebuild()).groupId;
    // Once the rebuild has compared its positions with the end offsets, it knows how far it is from the switch.
    await eventually(rebuild, (x) => x.lag !== null, 60_000, 'the rebuild to read its first positions');
    await register();
    await liveShowsAll();
    expect((await rebuild()).status).toBe('replaying');
  });

  it('shows the rebuild stalled on the poisoned partition in its status, beside its progress on every other one', async () => {
    // The whole state, not its first sign: the poisoned partition shows stalled 2 s after its last
    // progress, while the dispute the last test registered may still wait on another partition (the
    // rebuild's consumer backs off after each failed batch) — a look at that moment is not the state.
    type Partition = { stalled: boolean; lag: number };
    const r = await eventually(
      rebuild,
      (x) => x.stalled === true && (x.partitions ?? []).filter((p: Partition) => p.stalled).length === 1 && (x.partitions ?? []).every((p: Partition) => p.stalled || p.lag === 0),
      60_000,
      'the rebuild to show itself stalled on one partition, caught up on every other',
    );
    expect(r).toMatchObject({ status: 'replaying', startedAt: expect.any(String), lastProgressAt: expect.any(String), finishedAt: null, error: null });
    const stalled = r.partitions.filter((p: { stalled: boolean }) => p.stalled);
    expect(stalled.length).toBe(1);
    expect(stalled[0]).toMatchObject({ topic: expect.stringMatching(/mediation/), lag: expect.any(Number), lastProgressAt: expect.any(String) });
    expect(stalled[0].position).toBeLessThan(stalled[0].end);
    expect(r.partitions.filter((p: { stalled: boolean; lag: number }) => !p.stalled && p.lag !== 0)).toEqual([]);
    expect(await schemaExists(`${schema}_next`)).toBe(true);
  });

  it('says in /health that the rebuild is stalled, and stays ready (200) because the live figures still serve', async () => {
    const res = await health();
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'degraded', degraded: ['rebuild'], checks: { rebuild: { status: 'degraded', running: true }, 'live-consumer': { status: 'up' } } });
    expect(res.body.checks.rebuild.message).toMatch(/^the rebuild rebuild-\w+ is stalled: no progress on .*mediation.*\/\d+ at offset \d+ of \d+ since /);
  });

  it('ends on an abort: its tables and consumer group are dropped, the live projections and their group untouched', async () => {
    expect((await new HttpClient(reporting.url, authHeaders('report-reader')).post('/v1/admin/rebuild/abort')).status).toBe(403);
    const res = await reporting.http.post('/v1/admin/rebuild/abort');
    expect([res.status, res.body.status]).toEqual([202, 'aborting']);
    const r = await eventually(rebuild, (x) => x.status !== 'aborting', 60_000, 'the abort to end the rebuild');
    expect(r).toMatchObject({ status: 'aborted', finishedAt: expect.any(String), retiredSchema: null, error: expect.stringMatching(/^aborted by an administrator; its tables were dropped/) });
    expect([await schemaExists(`${schema}_next`), await schemaExists(`${schema}_meta`)]).toEqual([false, false]);
    expect(await kafkaGroups()).not.toContain(stalledGroup);
    const { rows } = await db.query(`SELECT DISTINCT group_id FROM "${schema}".consumer_offsets`);
    expect(rows.map((x) => x.group_id)).toEqual([groupId]);
    expect((await health()).body).toMatchObject({ status: 'ok', checks: { rebuild: { status: 'up', running: false } } });
    await register();
    await liveShowsAll();
    const again = await reporting.http.post('/v1/admin/rebuild/abort');
    expect([again.status, again.body.code]).toEqual([409, 'REBUILD.NOT_RUNNING']);
  });

  it('ends on the stall timeout with a message naming the partition, and drops its tables', async () => {
    await reporting.close();
    reporting = await startReporting({ rebuildStallTimeoutMs: 4_000 });
    await startPoisonedRebuild();
    const r = await eventually(rebuild, (x) => !['preparing', 'replaying', 'catching-up'].includes(x.status), 60_000, 'the stall timeout to end the rebuild');
    expect(r.status).toBe('timed-out');
    expect(r.error).toMatch(/^the rebuild made no progress on \S*mediation\S*\/\d+ at offset \d+ of \d+ for longer than REBUILD_STALL_TIMEOUT_MINUTES/);
    expect(await schemaExists(`${schema}_next`)).toBe(false);
    await register();
    await liveShowsAll();
  });

  it('ends on REBUILD_TIMEOUT_MINUTES even while it is not stalled yet, and drops its tables', async () => {
    await reporting.close();
    reporting = await startReporting({ rebuildTimeoutMs: 3_000 });
    await startPoisonedRebuild();
    const r = await eventually(rebuild, (x) => !['preparing', 'replaying', 'catching-up'].includes(x.status), 60_000, 'the timeout to end the rebuild');
    expect(r.status).toBe('timed-out');
    expect(r.error).toMatch(/^the rebuild ran longer than REBUILD_TIMEOUT_MINUTES/);
    expect(await schemaExists(`${schema}_next`)).toBe(false);
    await register();
    await liveShowsAll();
  });

  it('answers /health 503 naming the live consumer when it stops applying while events wait, and 200 once it moves again', async () => {
    const blocker = new Client({ connectionString: TEST_DATABASE_URL, application_name: 'report-rebuild-stall-e2e-lock' });
    await blocker.connect();
    try {
      // The live consumer's next batch waits on this lock: a consumer that applies nothing.
      await blocker.query('BEGIN');
      await blocker.query(`LOCK TABLE "${schema}".inbox IN ACCESS EXCLUSIVE MODE`);
      await register();
      const down = await eventually(health, (h) => h.status !== 200, 60_000, '/health to name the stalled live consumer');
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ status: 'down', down: ['live-consumer'], checks: { 'live-consumer': { status: 'down', groupId } } });
      expect(down.body.checks['live-consumer'].error).toMatch(/^the live consumer has not moved on \S*mediation\S*\/\d+ at offset \d+ of \d+ since .* while events wait/);
      await blocker.query('ROLLBACK');
      await liveShowsAll();
      const up = await eventually(health, (h) => h.status === 200, 60_000, '/health to be 200 again');
      expect(up.body.status).toBe('ok');
    } finally {
      await blocker.end();
    }
  });
});
