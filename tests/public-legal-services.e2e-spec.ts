import { PRIVATE_TOPIC_PREFIX, createPrivateTopics } from './support/private-topics';
import { Topics, validateEvent } from '@casetrack/contracts';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { RunningApp } from './support/apps';
import { authHeaders } from './support/auth';
import { HttpClient } from './support/http-client';
import { recordEvents, SeenEvent } from './support/legal-aid-app';
import { platformBody, serviceBody, startPublicLegalServices } from './support/public-legal-services-app';
import { SettableClock } from './support/settable-clock';
import { eventually, TEST_DATABASE_URL, uniqueDistrict } from './support/test-env';

jest.setTimeout(180_000);

const fieldsOf = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field);

/**
 * The public-legal-services service through HTTP, against the real PostgreSQL and Kafka: each
 * aggregate's state machine, strict validation, Idempotency-Keys, access, and its events on the topic.
 */
describe('the public-legal-services service', () => {
  const district = uniqueDistrict();
  const clock = new SettableClock('2019-12-31T12:00:00+08:00');
  let service: RunningApp;
  let officer: HttpClient;
  let db: Client;
  let recorder: { seen: SeenEvent[]; stop(): Promise<void> };

  beforeAll(async () => {
    expect(PRIVATE_TOPIC_PREFIX).toContain('e2e.');
    await createPrivateTopics();
    db = new Client({ connectionString: TEST_DATABASE_URL });
    [service] = await Promise.all([startPublicLegalServices(district, {}, clock), db.connect()]);
    officer = new HttpClient(service.url, authHeaders('public-legal-services-officer'));
    recorder = await recordEvents(Topics.publicLegalServices, [district]);
  });

  afterAll(async () => {
    await recorder?.stop();
    await Promise.all([service?.close(), db?.end()]);
  });

  const eventsOf = (caseId: string, count: number) =>
    eventually(
      async () => recorder.seen.filter((s) => s.event.caseId === caseId).sort((a, b) => a.event.sequence - b.event.sequence),
      (list) => list.length >= count,
      60_000,
      `${count} events of ${caseId}`,
    );

  describe('platforms and the services given at them', () => {
    it('go registered → standardised → closed, each step an event on the topic without the name, and services carry the platform and persons', async () => {
      const created = await officer.post('/v1/platforms', platformBody('2019-01-03T09:00:00+08:00'));
      expect([created.status, created.body.status, created.body.standardisedAt]).toEqual([201, 'registered', null]);
      const id = created.body.id as string;
      const served = await officer.post('/v1/service-records', serviceBody(id, '2019-02-01T10:00:00+08:00', { persons: 3, channel: 'hotline-12348' }));
      expect([served.status, served.body.level, served.body.persons, served.body.note]).toEqual([201, 'station', 3, '咨询劳动合同纠纷']);
      const done = await officer.post(`/v1/platforms/${id}/standardisation`, { standardisedAt: '2019-06-30T17:00:00+08:00' });
      expect([done.status, done.body.status, done.body.standardisedAt]).toEqual([200, 'standardised', '2019-06-30T17:00:00+08:00']);
      const closed = await officer.post(`/v1/platforms/${id}/closure`, { closedAt: '2019-11-01T09:00:00+08:00' });
      expect([closed.status, closed.body.status]).toEqual([200, 'closed']);

      const events = await eventsOf(id, 3);
      expect(events.map((s) => [s.event.type, s.event.sequence, s.event.district])).toEqual([
        ['publiclegal.platform.registered', 1, district],
        ['publiclegal.platform.standardised', 2, district],
        ['publiclegal.platform.closed', 3, district],
      ]);
      expect(events[2].event.payload).toEqual({ level: 'station', registeredAt: '2019-01-03T09:00:00+08:00', standardisedAt: '2019-06-30T17:00:00+08:00', closedAt: '2019-11-01T09:00:00+08:00' });
      const [service] = await eventsOf(served.body.id, 1);
      expect(service.event.payload).toEqual({ platformId: id, level: 'station', channel: 'hotline-12348', kind: 'consultation', persons: 3, servedAt: '2019-02-01T10:00:00+08:00' });
      for (const s of [...events, service]) {
        expect(validateEvent(JSON.parse(s.raw))).toMatchObject({ ok: true });
        expect(s.raw).not.toMatch(/渝碚路|劳动合同/);
      }
    });

    it('answer 409 naming the status to a step the state machine does not allow, and to a service at a closed platform', async () => {
      const id = (await officer.post('/v1/platforms', platformBody('2019-01-03T09:00:00+08:00'))).body.id;
      await officer.post(`/v1/platforms/${id}/closure`, { closedAt: '2019-03-01T09:00:00+08:00' });
      const again = await officer.post(`/v1/platforms/${id}/standardisation`, { standardisedAt: '2019-04-01T09:00:00+08:00' });
      expect([again.status, again.body.code, again.body.message]).toEqual([409, 'PLATFORM.INVALID_TRANSITION', 'cannot standardise a platform whose status is closed']);
      const late = await officer.post('/v1/service-records', serviceBody(id, '2019-03-02T09:00:00+08:00'));
      expect([late.status, late.body.code, late.body.details]).toMatchObject([409, 'PLATFORM.INVALID_TRANSITION', { status: 'closed' }]);
      const before = await officer.post('/v1/service-records', serviceBody(id, '2019-02-28T09:00:00+08:00'));
      expect(before.status).toBe(201);
      const unknown = await officer.post('/v1/service-records', serviceBody(randomUUID(), '2019-02-28T09:00:00+08:00'));
      expect([unknown.status, unknown.body.code]).toEqual([404, 'PLATFORM.NOT_FOUND']);
      const missing = await officer.post(`/v1/platforms/${randomUUID()}/closure`, { closedAt: '2019-03-01T09:00:00+08:00' });
      expect(missing.status).toBe(404);
    });

    it('refuse bad input with a 400 naming each field, a time before the platform opened, and a time in the future', async () => {
      const bad = await officer.post('/v1/platforms', { level: 'province', name: '', registeredAt: '2019-13-01', extra: 1 });
      expect(bad.status).toBe(400);
      expect(fieldsOf(bad.body).sort()).toEqual(['extra', 'level', 'name', 'registeredAt']);
      const id = (await officer.post('/v1/platforms', platformBody('2019-05-01T09:00:00+08:00'))).body.id;
      const badService = await officer.post('/v1/service-records', { platformId: 'x', channel: 'fax', kind: 'chat', persons: 0, servedAt: 'yesterday' });
      expect(fieldsOf(badService.body).sort()).toEqual(['channel', 'kind', 'persons', 'platformId', 'servedAt']);
      const fraction = await officer.post('/v1/service-records', serviceBody(id, '2019-05-02T09:00:00+08:00', { persons: 1.5 }));
      expect([fraction.status, fieldsOf(fraction.body)]).toEqual([400, ['persons']]);
      const early = await officer.post('/v1/service-records', serviceBody(id, '2019-04-30T09:00:00+08:00'));
      expect([early.status, early.body.code, early.body.details]).toEqual([400, 'SERVICE.BEFORE_PLATFORM', { field: 'servedAt' }]);
      const future = await officer.post('/v1/service-records', serviceBody(id, '2020-01-01T09:00:00+08:00'));
      expect([future.status, fieldsOf(future.body)]).toEqual([400, ['servedAt']]);
      const tooEarly = await officer.post(`/v1/platforms/${id}/standardisation`, { standardisedAt: '2019-04-01T09:00:00+08:00' });
      expect([tooEarly.status, tooEarly.body.details]).toEqual([400, { field: 'standardisedAt' }]);
    });

    it('replay the first answer to a retried Idempotency-Key and write one record; another body is a 422', async () => {
      const platformId = (await officer.post('/v1/platforms', platformBody('2019-01-03T09:00:00+08:00'))).body.id;
      const key = `pls-${randomUUID()}`;
      const body = serviceBody(platformId, '2019-03-03T09:00:00+08:00');
      const [first, second] = [await officer.post('/v1/service-records', body, { 'Idempotency-Key': key }), await officer.post('/v1/service-records', body, { 'Idempotency-Key': key })];
      expect([first.status, second.status, second.body]).toEqual([201, 201, first.body]);
      const { rows } = await db.query('SELECT count(*)::int AS n FROM public_legal_services.service_records WHERE platform_id = $1', [platformId]);
      expect(rows[0].n).toBe(1);
      const other = await officer.post('/v1/service-records', { ...body, persons: 5 }, { 'Idempotency-Key': key });
      expect([other.status, other.body.code]).toEqual([422, 'IDEMPOTENCY_KEY.REUSED']);
    });

    it('list platforms by level and status, and records by platform, oldest first, paged by cursor', async () => {
      const name = `列表工作室-${randomUUID().slice(0, 8)}`;
      const platformId = (await officer.post('/v1/platforms', platformBody('2019-01-03T09:00:00+08:00', { level: 'room', name }))).body.id;
      const ids: string[] = [];
      for (const day of ['01', '02', '03']) ids.push((await officer.post('/v1/service-records', serviceBody(platformId, `2019-05-${day}T09:00:00+08:00`))).body.id);
      const page1 = await officer.get(`/v1/service-records?platformId=${platformId}&limit=2`);
      const page2 = await officer.get(`/v1/service-records?platformId=${platformId}&limit=2&cursor=${encodeURIComponent(page1.body.nextCursor)}`);
      expect([...page1.body.items, ...page2.body.items].map((r: { id: string }) => r.id)).toEqual(ids);
      expect(page2.body.nextCursor).toBeNull();
      const rooms = await officer.get('/v1/platforms?level=room&status=registered&limit=100');
      expect(rooms.body.items.map((p: { name: string }) => p.name)).toContain(name);
      expect((await officer.get('/v1/platforms?level=province')).status).toBe(400);
      expect((await officer.get(`/v1/platforms/${platformId}`)).body).toMatchObject({ name, level: 'room' });
    });
  });

  describe('providers, complaints and exam sittings', () => {
    it('register and deregister a provider, each an event carrying its kind but not its name', async () => {
      const firm = await officer.post('/v1/providers', { kind: 'law-firm', name: '重庆某某创始人律师事务所', registeredAt: '2015-01-01T09:00:00+08:00' });
      expect([firm.status, firm.body.status]).toEqual([201, 'registered']);
      const gone = await officer.post(`/v1/providers/${firm.body.id}/deregistration`, { deregisteredAt: '2019-07-01T09:00:00+08:00' });
      expect([gone.status, gone.body.status]).toEqual([200, 'deregistered']);
      const again = await officer.post(`/v1/providers/${firm.body.id}/deregistration`, { deregisteredAt: '2019-08-01T09:00:00+08:00' });
      expect([again.status, again.body.code, again.body.details]).toEqual([409, 'PROVIDER.INVALID_TRANSITION', { status: 'deregistered' }]);
      const events = await eventsOf(firm.body.id, 2);
      expect(events.map((s) => s.event.payload)).toEqual([
        { providerKind: 'law-firm', registeredAt: '2015-01-01T09:00:00+08:00' },
        { providerKind: 'law-firm', registeredAt: '2015-01-01T09:00:00+08:00', deregisteredAt: '2019-07-01T09:00:00+08:00' },
      ]);
      expect(events.map((s) => s.raw).join('')).not.toContain('创始人');
      const bad = await officer.post('/v1/providers', { kind: 'bank', name: 'x', registeredAt: '2019-01-01T09:00:00+08:00' });
      expect([bad.status, fieldsOf(bad.body)]).toEqual([400, ['kind']]);
    });

    it('receive and conclude a complaint with its outcome, the summary never on the topic; 409 once concluded', async () => {
      const c = await officer.post('/v1/complaints', { against: 'forensic-appraiser', summary: '投诉张某鉴定意见不公', receivedAt: '2019-04-01T09:00:00+08:00' });
      expect([c.status, c.body.status, c.body.outcome]).toEqual([201, 'received', null]);
      const early = await officer.post(`/v1/complaints/${c.body.id}/conclusion`, { outcome: 'not-upheld', concludedAt: '2019-03-01T09:00:00+08:00' });
      expect([early.status, early.body.details]).toEqual([400, { field: 'concludedAt' }]);
      const done = await officer.post(`/v1/complaints/${c.body.id}/conclusion`, { outcome: 'upheld-penalty', concludedAt: '2019-05-01T09:00:00+08:00' });
      expect([done.status, done.body.status, done.body.outcome]).toEqual([200, 'concluded', 'upheld-penalty']);
      const again = await officer.post(`/v1/complaints/${c.body.id}/conclusion`, { outcome: 'withdrawn', concludedAt: '2019-06-01T09:00:00+08:00' });
      expect([again.status, again.body.message]).toEqual([409, 'cannot conclude a complaint whose status is concluded']);
      const events = await eventsOf(c.body.id, 2);
      expect(events[1].event).toMatchObject({ type: 'publiclegal.complaint.concluded', payload: { against: 'forensic-appraiser', outcome: 'upheld-penalty', concludedAt: '2019-05-01T09:00:00+08:00' } });
      expect(events.map((s) => s.raw).join('')).not.toContain('张某');
      const bad = await officer.post(`/v1/complaints/${c.body.id}/conclusion`, { outcome: 'lost', concludedAt: '2019-06-01T09:00:00+08:00' });
      expect([bad.status, fieldsOf(bad.body)]).toEqual([400, ['outcome']]);
    });

    it('record an exam sitting with its candidates, incidents and complaints; more complaints than candidates is a 400', async () => {
      const s = await officer.post('/v1/exam-sittings', { heldAt: '2019-10-19T08:00:00+08:00', candidates: 1453, incidents: 0, complaints: 0 });
      expect([s.status, s.body.candidates]).toEqual([201, 1453]);
      const [event] = await eventsOf(s.body.id, 1);
      expect(event.event).toMatchObject({ type: 'publiclegal.exam-sitting.recorded', payload: { heldAt: '2019-10-19T08:00:00+08:00', candidates: 1453, incidents: 0, complaints: 0 } });
      const tooMany = await officer.post('/v1/exam-sittings', { heldAt: '2019-10-19T08:00:00+08:00', candidates: 1, incidents: 0, complaints: 2 });
      expect([tooMany.status, tooMany.body.details]).toEqual([400, { field: 'complaints' }]);
      const bad = await officer.post('/v1/exam-sittings', { heldAt: '2019-10-19T08:00:00+08:00', candidates: -1, incidents: '0', complaints: 0 });
      expect(fieldsOf(bad.body).sort()).toEqual(['candidates', 'incidents']);
    });
  });

  it('is open to its officer and admin only, and to nobody without a token', async () => {
    for (const role of ['legal-affairs-officer', 'report-reader', 'review-officer'] as const) {
      const res = await new HttpClient(service.url, authHeaders(role)).get('/v1/platforms');
      expect([role, res.status, res.body.code]).toEqual([role, 403, 'AUTH.FORBIDDEN_ROLE']);
    }
    expect((await service.http.get('/v1/platforms')).status).toBe(200);
    expect((await new HttpClient(service.url).get('/v1/platforms')).status).toBe(401);
  });
});
