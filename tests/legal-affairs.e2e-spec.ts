import { PRIVATE_TOPIC_PREFIX, createPrivateTopics } from './support/private-topics';
import { Topics, validateEvent } from '@casetrack/contracts';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { CaseRow, CaseTable } from '@casetrack/platform';
import { EngagementRepository } from '../apps/legal-affairs/src/advisers/persistence/engagement.repository';
import { AgendaMeetingRepository } from '../apps/legal-affairs/src/agenda/persistence/agenda-meeting.repository';
import { CleanupCampaignRepository } from '../apps/legal-affairs/src/cleanup/persistence/cleanup-campaign.repository';
import { CommitteeMeetingRepository } from '../apps/legal-affairs/src/committee-meetings/persistence/committee-meeting.repository';
import { ContractRepository } from '../apps/legal-affairs/src/contracts/persistence/contract.repository';
import { CoordinationGroupRepository } from '../apps/legal-affairs/src/coordination-groups/persistence/coordination-group.repository';
import { DocumentRepository } from '../apps/legal-affairs/src/documents/persistence/document.repository';
import { DistrictUnitRepository } from '../apps/legal-affairs/src/units/persistence/district-unit.repository';
import { RunningApp } from './support/apps';
import { authHeaders } from './support/auth';
import { caseReadTwoWays } from './support/case-table-read';
import { HttpClient } from './support/http-client';
import { contractBody, documentBody, engagementBody, startLegalAffairs } from './support/legal-affairs-app';
import { randomInstant, recordEvents, SeenEvent } from './support/legal-aid-app';
import { eventually, TEST_DATABASE_URL, uniqueDistrict } from './support/test-env';

jest.setTimeout(180_000);

const fieldsOf = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field);

/**
 * The legal-affairs service through HTTP, against the real PostgreSQL and Kafka: each aggregate's
 * state machine, strict validation, Idempotency-Keys, access, and its events on the topic.
 */
describe('the legal-affairs service', () => {
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

  /** The events of one record as they reached the topic, in sequence order, once `count` have. */
  const eventsOf = (caseId: string, count: number) =>
    eventually(
      async () => recorder.seen.filter((s) => s.event.caseId === caseId).sort((a, b) => a.event.sequence - b.event.sequence),
      (list) => list.length >= count,
      60_000,
      `${count} events of ${caseId}`,
    );

  describe('documents under legality review', () => {
    it('go submitted → reviewed → filed → revoked, each step an event of its contract on the legal-affairs topic, without the title', async () => {
      const created = await officer.post('/v1/documents', documentBody('2019-03-04T09:00:00+08:00'));
      expect({ status: created.status, docStatus: created.body.status, normative: created.body.normative }).toEqual({ status: 201, docStatus: 'submitted', normative: null });
      const id = created.body.id as string;
      const reviewed = await officer.post(`/v1/documents/${id}/review`, { reviewedAt: '2019-03-10T15:00:00+08:00', opinion: 'approved-with-changes', normative: true });
      expect([reviewed.status, reviewed.body.status, reviewed.body.opinion]).toEqual([200, 'reviewed', 'approved-with-changes']);
      const filed = await officer.post(`/v1/documents/${id}/filing`, { filedAt: '2019-03-20T10:00:00+08:00' });
      expect([filed.status, filed.body.status]).toEqual([200, 'filed']);
      const found = await officer.post(`/v1/documents/${id}/finding`, { finding: 'revoked', foundAt: '2019-09-01T10:00:00+08:00' });
      expect([found.status, found.body.status, found.body.finding, found.body.foundAt]).toEqual([200, 'revoked', 'revoked', '2019-09-01T10:00:00+08:00']);

      const events = await eventsOf(id, 4);
      expect(events.map((s) => [s.event.type, s.event.sequence, s.event.district])).toEqual([
        ['legalaffairs.document.submitted', 1, district],
        ['legalaffairs.document.reviewed', 2, district],
        ['legalaffairs.document.filed', 3, district],
        ['legalaffairs.document.finding-recorded', 4, district],
      ]);
      for (const s of events) {
        expect(validateEvent(JSON.parse(s.raw))).toMatchObject({ ok: true });
        expect(s.raw).not.toContain('营商环境');
      }
      expect(events[1].event.payload).toEqual({
        unit: '沙坪坝区市场监督管理局', kind: 'policy-document', submittedAt: '2019-03-04T09:00:00+08:00', reviewedAt: '2019-03-10T15:00:00+08:00', opinion: 'approved-with-changes', normative: true,
      });
      expect(events[3].event.payload).toMatchObject({ finding: 'revoked', foundAt: '2019-09-01T10:00:00+08:00', filedAt: '2019-03-20T10:00:00+08:00' });
      expect((await officer.get(`/v1/documents/${id}`)).body).toMatchObject({ status: 'revoked', filedAt: '2019-03-20T10:00:00+08:00', title: '关于进一步优化营商环境的实施意见' });
    });

    it('answer 409 naming the status or the reason to a step the state machine does not allow', async () => {
      const id = (await officer.post('/v1/documents', documentBody('2019-04-01T09:00:00+08:00'))).body.id;
      const early = await officer.post(`/v1/documents/${id}/filing`, { filedAt: '2019-04-02T09:00:00+08:00' });
      expect([early.status, early.body.code, early.body.message]).toEqual([409, 'DOCUMENT.INVALID_TRANSITION', 'cannot file a document whose status is submitted']);
      await officer.post(`/v1/documents/${id}/review`, { reviewedAt: '2019-04-03T09:00:00+08:00', opinion: 'approved', normative: false });
      const again = await officer.post(`/v1/documents/${id}/review`, { reviewedAt: '2019-04-04T09:00:00+08:00', opinion: 'approved', normative: true });
      expect([again.status, again.body.details]).toEqual([409, { status: 'reviewed' }]);
      const notNormative = await officer.post(`/v1/documents/${id}/filing`, { filedAt: '2019-04-05T09:00:00+08:00' });
      expect([notNormative.status, notNormative.body.code]).toEqual([409, 'DOCUMENT.NOT_NORMATIVE']);
      const missing = await officer.post(`/v1/documents/${randomUUID()}/review`, { reviewedAt: '2019-04-04T09:00:00+08:00', opinion: 'approved', normative: true });
      expect([missing.status, missing.body.code]).toEqual([404, 'DOCUMENT.NOT_FOUND']);
    });

    it('refuse bad input with a 400 naming each field, and a review dated before the submission naming reviewedAt', async () => {
      const bad = await officer.post('/v1/documents', { ...documentBody('2019-04-01T09:00:00'), kind: 'memo', unit: '', extra: 1 });
      expect(bad.status).toBe(400);
      expect(fieldsOf(bad.body).sort()).toEqual(['extra', 'kind', 'submittedAt', 'unit']);
      const id = (await officer.post('/v1/documents', documentBody('2019-04-01T09:00:00+08:00'))).body.id;
      const noBool = await officer.post(`/v1/documents/${id}/review`, { reviewedAt: '2019-04-03T09:00:00+08:00', opinion: 'approved', normative: 'yes' });
      expect([noBool.status, fieldsOf(noBool.body)]).toEqual([400, ['normative']]);
      const before = await officer.post(`/v1/documents/${id}/review`, { reviewedAt: '2019-03-30T09:00:00+08:00', opinion: 'approved', normative: true });
      expect([before.status, before.body.code, before.body.details]).toEqual([400, 'DOCUMENT.REVIEWED_BEFORE_SUBMITTED', { field: 'reviewedAt' }]);
      const future = await officer.post('/v1/documents', documentBody('2999-01-01T09:00:00+08:00'));
      expect(future.status).toBe(400);
    });

    it('replay the first answer to a retried Idempotency-Key and write one document; another body is a 422', async () => {
      const key = `la-${randomUUID()}`;
      const body = documentBody(randomInstant(2019), { unit: `重放单位-${key}` });
      const [first, second] = [await officer.post('/v1/documents', body, { 'Idempotency-Key': key }), await officer.post('/v1/documents', body, { 'Idempotency-Key': key })];
      expect([first.status, second.status, second.body]).toEqual([201, 201, first.body]);
      const { rows } = await db.query('SELECT count(*)::int AS n FROM legal_affairs.documents WHERE unit = $1', [body.unit]);
      expect(rows[0].n).toBe(1);
      const other = await officer.post('/v1/documents', { ...body, title: '另一份文件' }, { 'Idempotency-Key': key });
      expect([other.status, other.body.code]).toEqual([422, 'IDEMPOTENCY_KEY.REUSED']);
    });

    it('list by unit and status, oldest submission first, paged by cursor', async () => {
      const unit = `列表单位-${randomUUID().slice(0, 8)}`;
      const ids: string[] = [];
      for (const day of ['01', '02', '03']) ids.push((await officer.post('/v1/documents', documentBody(`2019-05-${day}T09:00:00+08:00`, { unit }))).body.id);
      const page1 = await officer.get(`/v1/documents?unit=${encodeURIComponent(unit)}&limit=2`);
      const page2 = await officer.get(`/v1/documents?unit=${encodeURIComponent(unit)}&limit=2&cursor=${encodeURIComponent(page1.body.nextCursor)}`);
      expect([...page1.body.items, ...page2.body.items].map((d: { id: string }) => d.id)).toEqual(ids);
      expect(page2.body.nextCursor).toBeNull();
      const reviewed = await officer.get(`/v1/documents?unit=${encodeURIComponent(unit)}&status=reviewed`);
      expect(reviewed.body.items).toEqual([]);
      const badStatus = await officer.get('/v1/documents?status=archived');
      expect([badStatus.status, fieldsOf(badStatus.body)]).toEqual([400, ['status']]);
    });
  });

  describe('contracts under legality review', () => {
    it('are submitted with an amount in fen and reviewed once, with events carrying the amount and not the title', async () => {
      const created = await officer.post('/v1/contracts', contractBody('2019-06-01T09:00:00+08:00'));
      expect([created.status, created.body.amountFen, created.body.status]).toEqual([201, 1_250_000_000, 'submitted']);
      const id = created.body.id;
      const reviewed = await officer.post(`/v1/contracts/${id}/review`, { reviewedAt: '2019-06-03T09:00:00+08:00', opinion: 'approved' });
      expect([reviewed.status, reviewed.body.status]).toEqual([200, 'reviewed']);
      const again = await officer.post(`/v1/contracts/${id}/review`, { reviewedAt: '2019-06-04T09:00:00+08:00', opinion: 'rejected' });
      expect([again.status, again.body.code, again.body.details]).toEqual([409, 'CONTRACT.INVALID_TRANSITION', { status: 'reviewed' }]);
      const events = await eventsOf(id, 2);
      expect(events.map((s) => s.event.type)).toEqual(['legalaffairs.contract.submitted', 'legalaffairs.contract.reviewed']);
      expect(events[1].event.payload).toMatchObject({ kind: 'government-investment-project', amountFen: 1_250_000_000, opinion: 'approved' });
      for (const s of events) expect(s.raw).not.toContain('道路改造');
    });

    it('refuse an amount that is not a whole number of fen, or negative, naming amountFen', async () => {
      for (const amountFen of [1.5, -1, '100']) {
        const res = await officer.post('/v1/contracts', contractBody('2019-06-01T09:00:00+08:00', { amountFen }));
        expect([amountFen, res.status, fieldsOf(res.body)]).toEqual([amountFen, 400, ['amountFen']]);
      }
      const kind = await officer.post('/v1/contracts', contractBody('2019-06-01T09:00:00+08:00', { kind: 'lease' }));
      expect([kind.status, fieldsOf(kind.body)]).toEqual([400, ['kind']]);
    });
  });

  describe("legal advisers' engagements", () => {
    it('record work while engaged, list it, end, and refuse work after the end (409 naming the status)', async () => {
      const created = await officer.post('/v1/engagements', engagementBody('2019-01-02T09:00:00+08:00'));
      expect([created.status, created.body.status, created.body.workRecordCount]).toEqual([201, 'engaged', 0]);
      const id = created.body.id;
      const kinds = ['contract-drafted-or-reviewed', 'case-represented', 'special-service'];
      for (const [i, kind] of kinds.entries()) {
        const res = await officer.post(`/v1/engagements/${id}/work-records`, { kind, performedAt: `2019-0${i + 3}-10T10:00:00+08:00` });
        expect([res.status, res.body.workRecord.kind, res.body.engagement.workRecordCount]).toEqual([201, kind, i + 1]);
      }
      const work = await officer.get(`/v1/engagements/${id}/work-records`);
      expect(work.body.items.map((w: { kind: string }) => w.kind)).toEqual(kinds);
      const tooEarly = await officer.post(`/v1/engagements/${id}/end`, { endedAt: '2019-04-01T10:00:00+08:00' });
      expect([tooEarly.status, tooEarly.body.details]).toEqual([400, { field: 'endedAt' }]);
      const ended = await officer.post(`/v1/engagements/${id}/end`, { endedAt: '2019-12-31T17:00:00+08:00' });
      expect([ended.status, ended.body.status]).toEqual([200, 'ended']);
      const after = await officer.post(`/v1/engagements/${id}/work-records`, { kind: 'special-service', performedAt: '2019-12-31T16:00:00+08:00' });
      expect([after.status, after.body.message]).toEqual([409, 'cannot record work under an engagement whose status is ended']);

      const events = await eventsOf(id, 5);
      expect(events.map((s) => s.event.type)).toEqual([
        'legalaffairs.adviser.engaged', 'legalaffairs.adviser.work-recorded', 'legalaffairs.adviser.work-recorded', 'legalaffairs.adviser.work-recorded',
        'legalaffairs.adviser.engagement-ended',
      ]);
      expect(events.slice(1, 4).map((s) => s.event.payload.workKind)).toEqual(kinds);
      expect(events[4].event.payload).toMatchObject({ workRecordCount: 3, endedAt: '2019-12-31T17:00:00+08:00' });
      for (const s of events) {
        expect(validateEvent(JSON.parse(s.raw))).toMatchObject({ ok: true });
        expect(s.raw).not.toContain('律师事务所');
      }
    });

    it('refuse work of an unknown kind, naming kind, and work before the engagement started, naming performedAt', async () => {
      const id = (await officer.post('/v1/engagements', engagementBody('2019-02-01T09:00:00+08:00'))).body.id;
      const kind = await officer.post(`/v1/engagements/${id}/work-records`, { kind: 'lunch', performedAt: '2019-03-01T09:00:00+08:00' });
      expect([kind.status, fieldsOf(kind.body)]).toEqual([400, ['kind']]);
      const early = await officer.post(`/v1/engagements/${id}/work-records`, { kind: 'special-service', performedAt: '2019-01-01T09:00:00+08:00' });
      expect([early.status, early.body.details]).toEqual([400, { field: 'performedAt' }]);
    });
  });

  describe('the rule-of-law agenda', () => {
    it('records leadership meetings by kind, lists them by time held, and publishes the kind and date only', async () => {
      const heldAt = randomInstant(2019);
      const created = await officer.post('/v1/agenda-meetings', { kind: 'party-group', heldAt, subject: '研究年度法治政府建设工作要点' });
      expect([created.status, created.body.kind]).toEqual([201, 'party-group']);
      const listed = await officer.get(`/v1/agenda-meetings?kind=party-group&from=${encodeURIComponent(heldAt)}&limit=500`);
      expect(listed.body.items.map((m: { id: string }) => m.id)).toContain(created.body.id);
      const [event] = await eventsOf(created.body.id, 1);
      expect(event.event).toMatchObject({ type: 'legalaffairs.agenda-meeting.recorded', payload: { kind: 'party-group', heldAt } });
      expect(event.raw).not.toContain('法治政府建设工作要点');
      const bad = await officer.post('/v1/agenda-meetings', { kind: 'committee', heldAt, subject: '' });
      expect([bad.status, fieldsOf(bad.body).sort()]).toEqual([400, ['kind', 'subject']]);
    });
  });

  it('is open to the legal-affairs section and admin only', async () => {
    const body = documentBody('2019-07-01T09:00:00+08:00');
    for (const role of ['review-officer', 'legal-aid-officer', 'report-reader'] as const) {
      const res = await new HttpClient(service.url, authHeaders(role)).post('/v1/documents', body);
      expect([role, res.status, res.body.code]).toEqual([role, 403, 'AUTH.FORBIDDEN_ROLE']);
    }
    expect((await service.http.post('/v1/documents', body)).status).toBe(201);
    expect((await new HttpClient(service.url).get('/v1/documents')).status).toBe(401);
  });

  it('gives the command runner every table\'s columns: its one read of a case for a change is the case find reads', async () => {
    const created = async (path: string, body: unknown) => {
      const res = await officer.post(path, body);
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const document = await created('/v1/documents', documentBody('2019-03-04T09:00:00+08:00'));
    expect((await officer.post(`/v1/documents/${document}/review`, { reviewedAt: '2019-03-10T15:00:00+08:00', opinion: 'approved', normative: true })).status).toBe(200);
    const contract = await created('/v1/contracts', contractBody('2019-05-01T09:00:00+08:00'));
    const engagement = await created('/v1/engagements', engagementBody('2019-01-02T09:00:00+08:00'));
    expect((await officer.post(`/v1/engagements/${engagement}/work-records`, { kind: 'special-service', performedAt: '2019-02-01T09:00:00+08:00' })).status).toBe(201);
    const campaign = await created('/v1/cleanup-campaigns', { title: '清理', startedAt: '2019-04-01T09:00:00+08:00' });
    expect((await officer.post(`/v1/cleanup-campaigns/${campaign}/decisions`, { document: '某某办法', outcome: 'amended', decidedAt: '2019-04-02T09:00:00+08:00' })).status).toBe(201);
    const records: [new (...args: never[]) => CaseTable<CaseRow>, string][] = [
      [DocumentRepository, document],
      [ContractRepository, contract],
      [EngagementRepository, engagement],
      [CleanupCampaignRepository, campaign],
      [AgendaMeetingRepository, await created('/v1/agenda-meetings', { kind: 'party-group', heldAt: '2019-03-01T09:00:00+08:00', subject: '研究法治建设' })],
      [DistrictUnitRepository, await created('/v1/units', { name: `读取单位${randomUUID()}`, registeredAt: '2019-01-01T09:00:00+08:00' })],
      [CoordinationGroupRepository, await created('/v1/coordination-groups', { field: 'enforcement', name: '执法协调小组', establishedAt: '2019-03-12T10:00:00+08:00' })],
      [CommitteeMeetingRepository, await created('/v1/committee-meetings', { number: 3, heldAt: '2019-04-18T15:00:00+08:00', subject: '审议' })],
    ];
    for (const [repository, id] of records) {
      const table = service.app.get(repository);
      const read = await caseReadTwoWays(service.app, table, id);
      expect([table.table, read.oneQuery]).toEqual([table.table, read.find]);
      expect(read.find).toMatchObject({ id, sequence: expect.any(Number) });
      expect(await caseReadTwoWays(service.app, table, randomUUID())).toEqual({ oneQuery: null, find: null });
    }
  });
});
