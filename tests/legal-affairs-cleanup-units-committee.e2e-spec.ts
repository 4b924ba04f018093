import { PRIVATE_TOPIC_PREFIX, createPrivateTopics } from './support/private-topics';
import { Topics, validateEvent } from '@casetrack/contracts';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { RunningApp } from './support/apps';
import { authHeaders } from './support/auth';
import { HttpClient } from './support/http-client';
import { engagementBody, startLegalAffairs } from './support/legal-affairs-app';
import { recordEvents, SeenEvent } from './support/legal-aid-app';
import { eventually, TEST_DATABASE_URL, uniqueDistrict } from './support/test-env';

jest.setTimeout(180_000);

const fieldsOf = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field);

/**
 * legal-affairs' clean-up campaigns, registry of district units with adviser coverage, and the
 * rule-of-law committee's coordination groups and meetings, through HTTP against the real
 * PostgreSQL and Kafka.
 */
describe('the legal-affairs service: clean-up, units and coverage, the committee', () => {
  const district = uniqueDistrict();
  let service: RunningApp;
  let officer: HttpClient;
  let db: Client;
  let recorder: { seen: SeenEvent[]; stop(): Promise<void> };

  beforeAll(async () => {
    expect(PRIVATE_TOPIC_PREFIX).toContain('e2e.');
    await createPrivateTopics();
    db = new Client({ connectionString: TEST_DATABASE_URL });
    [service] = await Promise.all([startLegalAffairs(district), db.connect()]);
    officer = new HttpClient(service.url, authHeaders('legal-affairs-officer'));
    recorder = await recordEvents(Topics.legalAffairs, [district]);
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

  describe('clean-up campaigns', () => {
    it('decide documents while open, count them by outcome, close with the counts, and refuse a decision after the close (409 naming the status)', async () => {
      const opened = await officer.post('/v1/cleanup-campaigns', { title: '2019年行政规范性文件全面清理', startedAt: '2019-03-01T09:00:00+08:00' });
      expect([opened.status, opened.body.status, opened.body.reviewed]).toEqual([201, 'open', 0]);
      const id = opened.body.id as string;
      const outcomes = ['kept', 'repealed', 'amended', 'kept'];
      for (const [i, outcome] of outcomes.entries()) {
        const res = await officer.post(`/v1/cleanup-campaigns/${id}/decisions`, { document: `沙坪坝区某某管理办法${i}`, outcome, decidedAt: `2019-0${i + 4}-10T10:00:00+08:00` });
        expect([res.status, res.body.decision.outcome, res.body.campaign.reviewed]).toEqual([201, outcome, i + 1]);
      }
      const decisions = await officer.get(`/v1/cleanup-campaigns/${id}/decisions`);
      expect(decisions.body.items.map((d: { outcome: string }) => d.outcome)).toEqual(outcomes);
      const early = await officer.post(`/v1/cleanup-campaigns/${id}/close`, { closedAt: '2019-05-01T10:00:00+08:00' });
      expect([early.status, early.body.code, early.body.details]).toEqual([400, 'CLEANUP.CLOSED_BEFORE_DECISION', { field: 'closedAt' }]);
      const closed = await officer.post(`/v1/cleanup-campaigns/${id}/close`, { closedAt: '2019-11-30T17:00:00+08:00' });
      expect(closed.body).toMatchObject({ status: 'closed', reviewed: 4, kept: 2, amended: 1, repealed: 1, closedAt: '2019-11-30T17:00:00+08:00' });
      const after = await officer.post(`/v1/cleanup-campaigns/${id}/decisions`, { document: '迟到的文件', outcome: 'kept', decidedAt: '2019-12-01T10:00:00+08:00' });
      expect([after.status, after.body.code, after.body.message]).toEqual([409, 'CAMPAIGN.INVALID_TRANSITION', 'cannot decide a document in a campaign whose status is closed']);
      const again = await officer.post(`/v1/cleanup-campaigns/${id}/close`, { closedAt: '2019-12-01T10:00:00+08:00' });
      expect([again.status, again.body.details]).toEqual([409, { status: 'closed' }]);

      const events = await eventsOf(id, 6);
      expect(events.map((s) => s.event.type)).toEqual([
        'legalaffairs.cleanup.campaign-opened', ...outcomes.map(() => 'legalaffairs.cleanup.document-decided'), 'legalaffairs.cleanup.campaign-closed',
      ]);
      expect(events.slice(1, 5).map((s) => s.event.payload.outcome)).toEqual(outcomes);
      expect(events[5].event.payload).toEqual({ startedAt: '2019-03-01T09:00:00+08:00', closedAt: '2019-11-30T17:00:00+08:00', reviewed: 4, kept: 2, amended: 1, repealed: 1 });
      for (const s of events) {
        expect(validateEvent(JSON.parse(s.raw))).toMatchObject({ ok: true });
        expect(s.raw).not.toContain('管理办法');
        expect(s.raw).not.toContain('全面清理');
      }
      const { rows } = await db.query('SELECT count(*)::int AS n FROM legal_affairs.cleanup_decisions WHERE campaign_id = $1', [id]);
      expect(rows[0].n).toBe(4);
    });

    it('refuse an unknown outcome naming outcome, a decision before the start naming decidedAt, and an unknown campaign with a 404', async () => {
      const id = (await officer.post('/v1/cleanup-campaigns', { title: '专项清理', startedAt: '2019-06-01T09:00:00+08:00' })).body.id;
      const outcome = await officer.post(`/v1/cleanup-campaigns/${id}/decisions`, { document: '某办法', outcome: 'suspended', decidedAt: '2019-06-02T09:00:00+08:00' });
      expect([outcome.status, fieldsOf(outcome.body)]).toEqual([400, ['outcome']]);
      const early = await officer.post(`/v1/cleanup-campaigns/${id}/decisions`, { document: '某办法', outcome: 'kept', decidedAt: '2019-05-31T09:00:00+08:00' });
      expect([early.status, early.body.code, early.body.details]).toEqual([400, 'CLEANUP.DECIDED_BEFORE_STARTED', { field: 'decidedAt' }]);
      const missing = await officer.post(`/v1/cleanup-campaigns/${randomUUID()}/decisions`, { document: '某办法', outcome: 'kept', decidedAt: '2019-06-02T09:00:00+08:00' });
      expect([missing.status, missing.body.code]).toEqual([404, 'CAMPAIGN.NOT_FOUND']);
      const bad = await officer.post('/v1/cleanup-campaigns', { title: '', startedAt: '2019-06-01', extra: true });
      expect([bad.status, fieldsOf(bad.body).sort()]).toEqual([400, ['extra', 'startedAt', 'title']]);
    });

    it('replay a retried decision with the same Idempotency-Key and count it once', async () => {
      const id = (await officer.post('/v1/cleanup-campaigns', { title: '重放清理', startedAt: '2019-06-01T09:00:00+08:00' })).body.id;
      const key = `cl-${randomUUID()}`;
      const body = { document: '某办法', outcome: 'repealed', decidedAt: '2019-06-05T09:00:00+08:00' };
      const first = await officer.post(`/v1/cleanup-campaigns/${id}/decisions`, body, { 'Idempotency-Key': key });
      const second = await officer.post(`/v1/cleanup-campaigns/${id}/decisions`, body, { 'Idempotency-Key': key });
      expect([first.status, second.status, second.body]).toEqual([201, 201, first.body]);
      expect((await officer.get(`/v1/cleanup-campaigns/${id}`)).body).toMatchObject({ reviewed: 1, repealed: 1 });
    });
  });

  describe('the registry of district units and adviser coverage', () => {
    it('counts, at an instant, the registered units with an engagement running then, and names the others', async () => {
      const tag = randomUUID().slice(0, 8);
      const names = ['甲', '乙', '丙'].map((n) => `覆盖单位${n}-${tag}`);
      const ids: string[] = [];
      for (const name of names) {
        const res = await officer.post('/v1/units', { name, registeredAt: '2019-01-01T00:00:00+08:00' });
        expect([res.status, res.body.status]).toEqual([201, 'active']);
        ids.push(res.body.id);
      }
      // 甲: engaged all year; 乙: engaged from July; 丙: engaged in February, ended in May.
      await officer.post('/v1/engagements', engagementBody('2019-01-02T09:00:00+08:00', { unit: names[0] }));
      await officer.post('/v1/engagements', engagementBody('2019-07-01T09:00:00+08:00', { unit: names[1] }));
      const ended = (await officer.post('/v1/engagements', engagementBody('2019-02-01T09:00:00+08:00', { unit: names[2] }))).body.id;
      await officer.post(`/v1/engagements/${ended}/end`, { endedAt: '2019-05-31T17:00:00+08:00' });

      // Other tests' units share this service's registry: look only at this test's units.
      const mine = (body: { uncovered: string[] }) => body.uncovered.filter((n) => n.endsWith(tag));
      const march = await officer.get(`/v1/adviser-coverage?at=${encodeURIComponent('2019-03-01T12:00:00+08:00')}`);
      expect([march.status, mine(march.body)]).toEqual([200, [names[1]]]);
      const august = await officer.get(`/v1/adviser-coverage?at=${encodeURIComponent('2019-08-01T12:00:00+08:00')}`);
      expect(mine(august.body)).toEqual([names[2]]);
      expect(august.body.at).toBe('2019-08-01T12:00:00+08:00');
      expect(august.body.covered).toBe(august.body.units - august.body.uncovered.length);

      // A dissolved unit no longer counts from its dissolution on.
      const dissolved = await officer.post(`/v1/units/${ids[2]}/dissolution`, { dissolvedAt: '2019-06-30T17:00:00+08:00' });
      expect([dissolved.status, dissolved.body.status]).toEqual([200, 'dissolved']);
      expect(mine((await officer.get(`/v1/adviser-coverage?at=${encodeURIComponent('2019-08-01T12:00:00+08:00')}`)).body)).toEqual([]);
      expect(mine((await officer.get(`/v1/adviser-coverage?at=${encodeURIComponent('2019-03-01T12:00:00+08:00')}`)).body)).toEqual([names[1]]);
      const twice = await officer.post(`/v1/units/${ids[2]}/dissolution`, { dissolvedAt: '2019-07-30T17:00:00+08:00' });
      expect([twice.status, twice.body.code, twice.body.message]).toEqual([409, 'UNIT.INVALID_TRANSITION', 'cannot dissolve a unit whose status is dissolved']);

      const events = await eventsOf(ids[2], 2);
      expect(events.map((s) => [s.event.type, s.event.payload])).toEqual([
        ['legalaffairs.district-unit.registered', { unit: names[2], registeredAt: '2019-01-01T00:00:00+08:00' }],
        ['legalaffairs.district-unit.dissolved', { unit: names[2], registeredAt: '2019-01-01T00:00:00+08:00', dissolvedAt: '2019-06-30T17:00:00+08:00' }],
      ]);
      for (const s of events) expect(validateEvent(JSON.parse(s.raw))).toMatchObject({ ok: true });
    });

    it('keeps one active unit per name (409 naming it), even for registrations sent at once, and accepts the name again once dissolved', async () => {
      const name = `重名单位-${randomUUID().slice(0, 8)}`;
      const body = { name, registeredAt: '2019-01-01T00:00:00+08:00' };
      const answers = await Promise.all([1, 2, 3, 4].map(() => officer.post('/v1/units', body)));
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409]);
      const conflict = answers.find((a) => a.status === 409)!;
      expect([conflict.body.code, conflict.body.details.unit]).toEqual(['UNIT.ALREADY_REGISTERED', name]);
      const first = answers.find((a) => a.status === 201)!.body.id;
      await officer.post(`/v1/units/${first}/dissolution`, { dissolvedAt: '2019-03-01T00:00:00+08:00' });
      expect((await officer.post('/v1/units', { name, registeredAt: '2019-03-01T00:00:00+08:00' })).status).toBe(201);
      const { rows } = await db.query('SELECT status FROM legal_affairs.district_units WHERE name = $1 ORDER BY registered_at', [name]);
      expect(rows.map((r) => r.status)).toEqual(['dissolved', 'active']);
      const { rows: outbox } = await db.query(`SELECT count(*)::int AS n FROM legal_affairs.outbox WHERE event_type = 'legalaffairs.district-unit.registered' AND value::jsonb->'payload'->>'unit' = $1`, [name]);
      expect(outbox[0].n).toBe(2);
    });

    it('refuse a dissolution before the registration naming dissolvedAt, and a coverage instant without an offset naming at', async () => {
      const id = (await officer.post('/v1/units', { name: `早解散单位-${randomUUID().slice(0, 8)}`, registeredAt: '2019-05-01T00:00:00+08:00' })).body.id;
      const early = await officer.post(`/v1/units/${id}/dissolution`, { dissolvedAt: '2019-04-01T00:00:00+08:00' });
      expect([early.status, early.body.code, early.body.details]).toEqual([400, 'UNIT.DISSOLVED_BEFORE_REGISTERED', { field: 'dissolvedAt' }]);
      const at = await officer.get('/v1/adviser-coverage?at=2019-08-01');
      expect([at.status, fieldsOf(at.body)]).toEqual([400, ['at']]);
    });
  });

  describe("the rule-of-law committee's coordination groups and meetings", () => {
    it('establish groups by field, dissolve one (409 the second time), and publish the field and dates only', async () => {
      const created = await officer.post('/v1/coordination-groups', { field: 'legislation', name: '立法协调小组', establishedAt: '2019-03-15T10:00:00+08:00' });
      expect([created.status, created.body.status, created.body.field]).toEqual([201, 'active', 'legislation']);
      const id = created.body.id;
      const listed = await officer.get('/v1/coordination-groups?field=legislation&status=active&limit=500');
      expect(listed.body.items.map((g: { id: string }) => g.id)).toContain(id);
      const dissolved = await officer.post(`/v1/coordination-groups/${id}/dissolution`, { dissolvedAt: '2019-12-01T10:00:00+08:00' });
      expect([dissolved.status, dissolved.body.status]).toEqual([200, 'dissolved']);
      const again = await officer.post(`/v1/coordination-groups/${id}/dissolution`, { dissolvedAt: '2019-12-02T10:00:00+08:00' });
      expect([again.status, again.body.code]).toEqual([409, 'GROUP.INVALID_TRANSITION']);
      const events = await eventsOf(id, 2);
      expect(events.map((s) => [s.event.type, s.event.payload])).toEqual([
        ['legalaffairs.coordination-group.established', { field: 'legislation', establishedAt: '2019-03-15T10:00:00+08:00' }],
        ['legalaffairs.coordination-group.dissolved', { field: 'legislation', establishedAt: '2019-03-15T10:00:00+08:00', dissolvedAt: '2019-12-01T10:00:00+08:00' }],
      ]);
      for (const s of events) expect(s.raw).not.toContain('协调小组');
      const bad = await officer.post('/v1/coordination-groups', { field: 'finance', name: '', establishedAt: '2019-03-15T10:00:00+08:00' });
      expect([bad.status, fieldsOf(bad.body).sort()]).toEqual([400, ['field', 'name']]);
    });

    it("record the committee's meetings by number and publish the number and date only", async () => {
      const first = await officer.post('/v1/committee-meetings', { number: 1, heldAt: '2019-04-18T15:00:00+08:00', subject: '审议2019年工作要点' });
      expect([first.status, first.body.number]).toEqual([201, 1]);
      const [event] = await eventsOf(first.body.id, 1);
      expect(event.event).toMatchObject({ type: 'legalaffairs.committee-meeting.held', payload: { number: 1, heldAt: '2019-04-18T15:00:00+08:00' } });
      expect(validateEvent(JSON.parse(event.raw))).toMatchObject({ ok: true });
      expect(event.raw).not.toContain('工作要点');
      for (const number of [0, 1.5, '2', 1000]) {
        const bad = await officer.post('/v1/committee-meetings', { number, heldAt: '2019-04-18T15:00:00+08:00', subject: '会议' });
        expect([number, bad.status, fieldsOf(bad.body)]).toEqual([number, 400, ['number']]);
      }
      const listed = await officer.get(`/v1/committee-meetings?limit=500`);
      expect(listed.status).toBe(200);
      expect((await officer.get(`/v1/committee-meetings/${first.body.id}`)).body).toMatchObject({ number: 1, subject: '审议2019年工作要点' });
    });
  });

  it('is open to the legal-affairs section and admin only', async () => {
    for (const path of ['/v1/units', '/v1/cleanup-campaigns', '/v1/coordination-groups', '/v1/committee-meetings', '/v1/adviser-coverage']) {
      const res = await new HttpClient(service.url, authHeaders('review-officer')).get(path);
      expect([path, res.status, res.body.code]).toEqual([path, 403, 'AUTH.FORBIDDEN_ROLE']);
      expect([path, (await service.http.get(path)).status]).toEqual([path, 200]);
    }
  });
});
