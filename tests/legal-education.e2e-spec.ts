import { PRIVATE_TOPIC_PREFIX, createPrivateTopics } from './support/private-topics';
import { Topics, validateEvent } from '@casetrack/contracts';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { RunningApp } from './support/apps';
import { authHeaders } from './support/auth';
import { HttpClient } from './support/http-client';
import { examBody, startLegalEducation } from './support/legal-education-app';
import { randomInstant, recordEvents, SeenEvent } from './support/legal-aid-app';
import { eventually, TEST_DATABASE_URL, uniqueDistrict } from './support/test-env';

jest.setTimeout(180_000);

const fieldsOf = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field);

/**
 * The legal-education service through HTTP, against the real PostgreSQL and Kafka: each aggregate's
 * state machine, strict validation, Idempotency-Keys, access, and its events on the topic.
 */
describe('the legal-education service', () => {
  const district = uniqueDistrict();
  let service: RunningApp;
  let officer: HttpClient;
  let db: Client;
  let recorder: { seen: SeenEvent[]; stop(): Promise<void> };

  beforeAll(async () => {
    expect(PRIVATE_TOPIC_PREFIX).toContain('e2e.');
    await createPrivateTopics();
    db = new Client({ connectionString: TEST_DATABASE_URL });
    [service] = await Promise.all([startLegalEducation(district), db.connect()]);
    officer = new HttpClient(service.url, authHeaders('legal-education-officer'));
    recorder = await recordEvents(Topics.legalEducation, [district]);
  });

  afterAll(async () => {
    await recorder?.stop();
    await Promise.all([service?.close(), db?.end()]);
  });

  /** The events of one record as they reached the topic, in sequence order, once `count` have. */
  const eventsOf = (caseId: string, count: number) =>
    eventually(
      async () => recorder.seen.filter((s) => s.event.caseId === caseId).sort((a, b) => a.event.sequence - b.event.sequence),
      (list) => list.length >= count,
      60_000,
      `${count} events of ${caseId}`,
    );

  describe('exam sessions', () => {
    it('go scheduled → held with who sat and passed, each step an event on the legal-education topic, without the title', async () => {
      const created = await officer.post('/v1/exams', examBody('2019-05-06T09:00:00+08:00', { audience: 'annual-leaders', candidatesExpected: 190, cityUniversityCandidates: 75 }));
      expect([created.status, created.body.status, created.body.sat, created.body.cityUniversityCandidates]).toEqual([201, 'scheduled', null, 75]);
      const id = created.body.id as string;
      const held = await officer.post(`/v1/exams/${id}/results`, { heldAt: '2019-05-20T09:00:00+08:00', sat: 190, passed: 190 });
      expect([held.status, held.body.status, held.body.heldAt, held.body.passed]).toEqual([200, 'held', '2019-05-20T09:00:00+08:00', 190]);
      const events = await eventsOf(id, 2);
      expect(events.map((s) => [s.event.type, s.event.sequence, s.event.district])).toEqual([
        ['legaleducation.exam.scheduled', 1, district],
        ['legaleducation.exam.held', 2, district],
      ]);
      expect(events[1].event.payload).toEqual({
        audience: 'annual-leaders', scheduledAt: '2019-05-06T09:00:00+08:00', candidatesExpected: 190, cityUniversityCandidates: 75, heldAt: '2019-05-20T09:00:00+08:00', sat: 190, passed: 190,
      });
      for (const s of events) {
        expect(validateEvent(JSON.parse(s.raw))).toMatchObject({ ok: true });
        expect(s.raw).not.toContain('法治理论知识考试');
      }
      expect((await officer.get(`/v1/exams/${id}`)).body).toMatchObject({ status: 'held', title: '新提任领导干部法治理论知识考试' });
    });

    it('answer 409 naming the status to results of a held or cancelled session, and 404 to an unknown one', async () => {
      const id = (await officer.post('/v1/exams', examBody('2019-06-01T09:00:00+08:00'))).body.id;
      const cancelled = await officer.post(`/v1/exams/${id}/cancel`, { cancelledAt: '2019-06-02T09:00:00+08:00' });
      expect([cancelled.status, cancelled.body.status]).toEqual([200, 'cancelled']);
      const results = await officer.post(`/v1/exams/${id}/results`, { heldAt: '2019-06-03T09:00:00+08:00', sat: 1, passed: 1 });
      expect([results.status, results.body.code, results.body.message]).toEqual([409, 'EXAM.INVALID_TRANSITION', 'cannot record results of an exam whose status is cancelled']);
      const again = await officer.post(`/v1/exams/${id}/cancel`, { cancelledAt: '2019-06-03T09:00:00+08:00' });
      expect([again.status, again.body.details]).toEqual([409, { status: 'cancelled' }]);
      const missing = await officer.post(`/v1/exams/${randomUUID()}/results`, { heldAt: '2019-06-03T09:00:00+08:00', sat: 1, passed: 1 });
      expect([missing.status, missing.body.code]).toEqual([404, 'EXAM.NOT_FOUND']);
      const events = await eventsOf(id, 2);
      expect(events.map((s) => s.event.type)).toEqual(['legaleducation.exam.scheduled', 'legaleducation.exam.cancelled']);
    });

    it('refuse bad input with a 400 naming each field: counts over their bounds, an unknown audience, a time without offset or in the future', async () => {
      const bad = await officer.post('/v1/exams', { ...examBody('2019-04-01T09:00:00'), audience: 'students', candidatesExpected: -1, extra: 1 });
      expect([bad.status, fieldsOf(bad.body).sort()]).toEqual([400, ['audience', 'candidatesExpected', 'extra', 'scheduledAt']]);
      const future = await officer.post('/v1/exams', examBody('2999-01-01T09:00:00+08:00'));
      expect([future.status, fieldsOf(future.body)]).toEqual([400, ['scheduledAt']]);
      const tooManyCity = await officer.post('/v1/exams', examBody('2019-04-01T09:00:00+08:00', { candidatesExpected: 5, cityUniversityCandidates: 6 }));
      expect([tooManyCity.status, tooManyCity.body.details]).toEqual([400, { field: 'cityUniversityCandidates' }]);
      const id = (await officer.post('/v1/exams', examBody('2019-04-01T09:00:00+08:00', { candidatesExpected: 10 }))).body.id;
      for (const [body, field] of [
        [{ heldAt: '2019-04-02T09:00:00+08:00', sat: 11, passed: 0 }, 'sat'],
        [{ heldAt: '2019-04-02T09:00:00+08:00', sat: 5, passed: 6 }, 'passed'],
        [{ heldAt: '2019-03-31T09:00:00+08:00', sat: 5, passed: 5 }, 'heldAt'],
      ] as const) {
        const res = await officer.post(`/v1/exams/${id}/results`, body);
        expect([field, res.status, res.body.details]).toEqual([field, 400, { field }]);
      }
      const notInt = await officer.post(`/v1/exams/${id}/results`, { heldAt: '2019-04-02T09:00:00+08:00', sat: 1.5, passed: '1' });
      expect([notInt.status, fieldsOf(notInt.body).sort()]).toEqual([400, ['passed', 'sat']]);
    });

    it('replay the first answer to a retried Idempotency-Key and write one session; another body is a 422', async () => {
      const key = `le-${randomUUID()}`;
      const body = examBody(randomInstant(2019), { title: `重放考试-${key}` });
      const [first, second] = [await officer.post('/v1/exams', body, { 'Idempotency-Key': key }), await officer.post('/v1/exams', body, { 'Idempotency-Key': key })];
      expect([first.status, second.status, second.body]).toEqual([201, 201, first.body]);
      const { rows } = await db.query('SELECT count(*)::int AS n FROM legal_education.exams WHERE title = $1', [body.title]);
      expect(rows[0].n).toBe(1);
      const other = await officer.post('/v1/exams', { ...body, candidatesExpected: 1 }, { 'Idempotency-Key': key });
      expect([other.status, other.body.code]).toEqual([422, 'IDEMPOTENCY_KEY.REUSED']);
    });

    it('list by audience and status, earliest scheduled first, paged by cursor', async () => {
      const ids: string[] = [];
      for (const day of ['01', '02', '03']) ids.push((await officer.post('/v1/exams', examBody(`1999-01-${day}T09:00:00+08:00`, { audience: 'enforcement-renewal' }))).body.id);
      const page1 = await officer.get('/v1/exams?audience=enforcement-renewal&limit=2');
      const page2 = await officer.get(`/v1/exams?audience=enforcement-renewal&limit=2&cursor=${encodeURIComponent(page1.body.nextCursor)}`);
      expect([...page1.body.items, ...page2.body.items].map((e: { id: string }) => e.id).slice(0, 3)).toEqual(ids);
      const badStatus = await officer.get('/v1/exams?status=archived');
      expect([badStatus.status, fieldsOf(badStatus.body)]).toEqual([400, ['status']]);
    });
  });

  describe('online contests', () => {
    it('open and close once with their participants, the close an event carrying them', async () => {
      const created = await officer.post('/v1/contests', { title: '宪法知识竞赛', kind: 'constitution', openedAt: '2019-12-01T09:00:00+08:00' });
      expect([created.status, created.body.status]).toEqual([201, 'open']);
      const id = created.body.id;
      const early = await officer.post(`/v1/contests/${id}/close`, { closedAt: '2019-11-30T09:00:00+08:00', participants: 10 });
      expect([early.status, early.body.details]).toEqual([400, { field: 'closedAt' }]);
      const closed = await officer.post(`/v1/contests/${id}/close`, { closedAt: '2019-12-04T09:00:00+08:00', participants: 25_000 });
      expect([closed.status, closed.body.status, closed.body.participants]).toEqual([200, 'closed', 25_000]);
      const again = await officer.post(`/v1/contests/${id}/close`, { closedAt: '2019-12-05T09:00:00+08:00', participants: 1 });
      expect([again.status, again.body.code, again.body.details]).toEqual([409, 'CONTEST.INVALID_TRANSITION', { status: 'closed' }]);
      const events = await eventsOf(id, 2);
      expect(events.map((s) => s.event.type)).toEqual(['legaleducation.contest.opened', 'legaleducation.contest.closed']);
      expect(events[1].event.payload).toEqual({ kind: 'constitution', openedAt: '2019-12-01T09:00:00+08:00', closedAt: '2019-12-04T09:00:00+08:00', participants: 25_000 });
      for (const s of events) expect(s.raw).not.toContain('宪法知识竞赛');
      const bad = await officer.post('/v1/contests', { title: '', kind: 'quiz', openedAt: 'yesterday' });
      expect([bad.status, fieldsOf(bad.body).sort()]).toEqual([400, ['kind', 'openedAt', 'title']]);
    });
  });

  describe('publicity works', () => {
    it('are released and awarded once, the award an event with its level and rank and never the title', async () => {
      const created = await officer.post('/v1/works', { title: '学宪法·有办法', kind: 'micro-video', series: 'i-and-the-constitution', releasedAt: '2019-03-01T09:00:00+08:00' });
      expect([created.status, created.body.status]).toEqual([201, 'released']);
      const id = created.body.id;
      const awarded = await officer.post(`/v1/works/${id}/award`, { level: 'national', rank: 'third', awardedAt: '2019-11-01T09:00:00+08:00' });
      expect([awarded.status, awarded.body.status, awarded.body.awardLevel, awarded.body.awardRank]).toEqual([200, 'awarded', 'national', 'third']);
      const again = await officer.post(`/v1/works/${id}/award`, { level: 'city', rank: 'first', awardedAt: '2019-11-02T09:00:00+08:00' });
      expect([again.status, again.body.message]).toEqual([409, 'cannot record an award of a work whose status is awarded']);
      const events = await eventsOf(id, 2);
      expect(events[1].event).toMatchObject({ type: 'legaleducation.work.awarded', payload: { kind: 'micro-video', series: 'i-and-the-constitution', level: 'national', rank: 'third' } });
      for (const s of events) expect(s.raw).not.toContain('有办法');
      const bad = await officer.post(`/v1/works/${randomUUID()}/award`, { level: 'planet', rank: 'third', awardedAt: '2019-11-02T09:00:00+08:00' });
      expect([bad.status, fieldsOf(bad.body)]).toEqual([400, ['level']]);
    });
  });

  describe('the publicity log', () => {
    it('records units\' activities, media adoptions, surveys and village assessments, each an event without its free text', async () => {
      const heldAt = randomInstant(2019);
      const activity = await officer.post('/v1/publicity-activities', { unit: '沙坪坝区市场监督管理局', kind: 'case-explanation', heldAt, subject: '食品安全以案释法' });
      expect([activity.status, activity.body.kind]).toEqual([201, 'case-explanation']);
      const listed = await officer.get(`/v1/publicity-activities?unit=${encodeURIComponent('沙坪坝区市场监督管理局')}&kind=case-explanation&from=${encodeURIComponent(heldAt)}&limit=500`);
      expect(listed.body.items.map((a: { id: string }) => a.id)).toContain(activity.body.id);
      const media = await officer.post('/v1/media-items', { level: 'national', outlet: '法制日报', headline: '漫说普法上线', adoptedAt: '2019-07-01T09:00:00+08:00' });
      const survey = await officer.post('/v1/surveys', { conductedAt: '2019-12-01T09:00:00+08:00', respondents: 100, aware: 85, participated: 82, satisfied: 90 });
      const village = await officer.post('/v1/village-assessments', { village: '井口镇南溪村', assessedAt: '2019-11-01T09:00:00+08:00', meetsStandard: true });
      expect([media.status, survey.status, village.status]).toEqual([201, 201, 201]);
      const [a] = await eventsOf(activity.body.id, 1);
      const [m] = await eventsOf(media.body.id, 1);
      const [s] = await eventsOf(survey.body.id, 1);
      const [v] = await eventsOf(village.body.id, 1);
      expect([a.event.payload, m.event.payload, s.event.payload, v.event.payload]).toEqual([
        { unit: '沙坪坝区市场监督管理局', kind: 'case-explanation', heldAt },
        { level: 'national', adoptedAt: '2019-07-01T09:00:00+08:00' },
        { conductedAt: '2019-12-01T09:00:00+08:00', respondents: 100, aware: 85, participated: 82, satisfied: 90 },
        { village: '井口镇南溪村', assessedAt: '2019-11-01T09:00:00+08:00', meetsStandard: true },
      ]);
      expect(a.raw + m.raw).not.toMatch(/以案释法|法制日报|漫说普法/);
      expect((await officer.get(`/v1/media-items/${media.body.id}`)).body).toMatchObject({ outlet: '法制日报', headline: '漫说普法上线' });
    });

    it('refuses a survey whose answers exceed its respondents, naming the field, and bad input naming each field', async () => {
      const over = await officer.post('/v1/surveys', { conductedAt: '2019-12-01T09:00:00+08:00', respondents: 10, aware: 5, participated: 11, satisfied: 5 });
      expect([over.status, over.body.details]).toEqual([400, { field: 'participated' }]);
      const bad = await officer.post('/v1/village-assessments', { village: '', assessedAt: '2019-11-01T09:00:00+08:00', meetsStandard: 'yes' });
      expect([bad.status, fieldsOf(bad.body).sort()]).toEqual([400, ['meetsStandard', 'village']]);
      const media = await officer.post('/v1/media-items', { level: 'galactic', outlet: '某报', headline: '某信息', adoptedAt: '2999-01-01T00:00:00Z' });
      expect([media.status, fieldsOf(media.body).sort()]).toEqual([400, ['adoptedAt', 'level']]);
    });
  });

  it('is open to the legal-education section and admin only', async () => {
    const body = examBody('2019-07-01T09:00:00+08:00');
    for (const role of ['legal-affairs-officer', 'review-officer', 'report-reader'] as const) {
      const res = await new HttpClient(service.url, authHeaders(role)).post('/v1/exams', body);
      expect([role, res.status, res.body.code]).toEqual([role, 403, 'AUTH.FORBIDDEN_ROLE']);
    }
    expect((await service.http.post('/v1/exams', body)).status).toBe(201);
    expect((await new HttpClient(service.url).get('/v1/exams')).status).toBe(401);
  });
});
