import { createPrivateTopics } from './support/private-topics';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { RunningApp, startMediation, startReporting } from './support/apps';
import { authHeaders } from './support/auth';
import { HttpClient } from './support/http-client';
import { startLegalAid } from './support/legal-aid-app';
import { settled } from './support/settle';
import { TEST_DATABASE_URL, uniqueCode, uniqueDistrict } from './support/test-env';

jest.setTimeout(180_000);

/**
 * A filed report keeps its figures and the topic positions they were computed at; after corrections
 * and new cases the report against that filing shows each figure as filed and as now, and names the
 * events applied since that changed it.
 */
describe('filed annual reports and the figures since', () => {
  const district = uniqueDistrict();
  let mediation: RunningApp;
  let legalAid: RunningApp;
  let reporting: RunningApp;
  let db: Client;
  let committee: string;
  const disputes: string[] = [];
  let legalAidCase: string;

  const report = async (query = '') => (await reporting.http.get(`/v1/reports/annual/2019?district=${district}${query}`)).body;
  const file = (body: Record<string, unknown>, headers: Record<string, string> = {}) => reporting.http.post('/v1/reports/annual/2019/filings', { district, ...body }, headers);
  const eventOf = async (caseId: string, type: string, schema = 'mediation') =>
    (await db.query(`SELECT event_id::text AS id FROM "${schema}".outbox WHERE partition_key = $1 AND event_type = $2`, [caseId, type])).rows[0].id as string;

  async function concluded(result: 'success' | 'failure', day: number) {
    const created = await mediation.http.post('/v1/disputes', { committeeCode: committee, category: 'contract', source: 'walk-in', receivedAt: '2019-04-01T09:00:00+08:00', partyCount: 2 });
    expect((await mediation.http.post(`/v1/disputes/${created.body.id}/conclusion`, { result, concludedAt: `2019-05-${String(day).padStart(2, '0')}T10:00:00+08:00` })).status).toBe(200);
    return created.body.id as string;
  }

  beforeAll(async () => {
    await createPrivateTopics();
    [mediation, legalAid, reporting] = await Promise.all([startMediation(district), startLegalAid(district), startReporting(district, `test-filing-${randomUUID()}`)]);
    db = new Client({ connectionString: TEST_DATABASE_URL, application_name: 'report-filings-e2e' });
    await db.connect();
    committee = uniqueCode('COM');
    expect((await mediation.http.post('/v1/committees', { code: committee, name: '社区人民调解委员会', kind: 'community' })).status).toBe(201);
    disputes.push(await concluded('success', 6), await concluded('success', 7), await concluded('failure', 8));
    const created = await legalAid.http.post('/v1/cases', { applicantGroups: ['elderly'], caseType: 'civil', matter: 'family', channel: 'hotline-12348', appliedAt: '2019-02-01T09:00:00+08:00' });
    legalAidCase = created.body.id;
    for (const [step, body] of [
      ['acceptance', { acceptedAt: '2019-02-02T09:00:00+08:00' }],
      ['assignment', { assignedAt: '2019-02-03T09:00:00+08:00', lawFirm: '重庆渝援律师事务所' }],
      ['closure', { closedAt: '2019-08-01T10:00:00+08:00', result: 'settled', benefitFen: 200_000 }],
    ] as const)
      expect((await legalAid.http.post(`/v1/cases/${legalAidCase}/${step}`, body)).status).toBe(200);
    await settled(reporting, [mediation, legalAid]);
    expect((await report()).mediation.mediated).toBe(3);
  });

  afterAll(async () => {
    await db?.end();
    await Promise.all([mediation?.close(), legalAid?.close(), reporting?.close()]);
  });

  let first: Record<string, any>;

  it('files the report as filing 1 with its figures and the offsets they were computed at; a retry with the key files nothing new', async () => {
    const res = await file({ note: '报区政府年度法治政府建设报告' }, { 'Idempotency-Key': `file-${district}` });
    expect(res.status).toBe(201);
    first = res.body;
    expect(first).toMatchObject({ district, year: 2019, n: 1, note: '报区政府年度法治政府建设报告' });
    expect(first.figures.mediation).toMatchObject({ mediated: 3, succeeded: 2, failed: 1 });
    expect(first.figures.legalAid).toMatchObject({ closed: 1, benefitFen: 200_000 });
    const mediationOffsets = Object.entries(first.offsets).find(([topic]) => topic.endsWith('casetrack.mediation'))?.[1] as Record<string, number>;
    expect(Object.values(mediationOffsets).reduce((s, n) => s + n, 0)).toBeGreaterThan(0);
    const again = await file({ note: '报区政府年度法治政府建设报告' }, { 'Idempotency-Key': `file-${district}` });
    expect([again.status, again.headers.get('idempotent-replayed'), again.body.n, again.body.filedAt]).toEqual([201, 'true', 1, first.filedAt]);
    const list = await reporting.http.get(`/v1/reports/annual/2019/filings?district=${district}`);
    expect([list.body.items.map((f: { n: number }) => f.n), list.body.nextCursor]).toEqual([[1], null]);
  });

  it('numbers the next filing 2', async () => {
    const res = await file({});
    expect([res.status, res.body.n, res.body.note]).toEqual([201, 2, null]);
  });

  it('shows, against filing 1, the figures a correction and a new case changed, naming their events', async () => {
    expect((await mediation.http.post(`/v1/disputes/${disputes[0]}/correction`, { result: 'failure', reason: '协议未履行' })).status).toBe(200);
    expect((await legalAid.http.post(`/v1/cases/${legalAidCase}/correction`, { benefitFen: 150_000, reason: '回款核对' })).status).toBe(200);
    const late = await mediation.http.post('/v1/disputes', { committeeCode: committee, category: 'contract', source: 'walk-in', receivedAt: '2019-12-30T09:00:00+08:00', partyCount: 3 });
    await settled(reporting, [mediation, legalAid]);
    expect(await report()).toMatchObject({ mediation: { failed: 2, registered: 4 }, legalAid: { benefitFen: 150_000 } });

    const res = await reporting.http.get(`/v1/reports/annual/2019?district=${district}&against=filing:1`);
    expect(res.status).toBe(200);
    const correction = await eventOf(disputes[0], 'mediation.dispute.corrected');
    const benefit = await eventOf(legalAidCase, 'legalaid.case.corrected', 'legal_aid');
    const registration = await eventOf(late.body.id, 'mediation.dispute.registered');
    const { against, figures, changed, eventsSinceFiling } = res.body;
    expect(against).toMatchObject({ n: 1, filedAt: first.filedAt, offsets: first.offsets });
    expect(figures.mediation.succeeded).toEqual({ filed: 2, now: 1, changed: true, events: [correction] });
    expect(figures.mediation.failed).toEqual({ filed: 1, now: 2, changed: true, events: [correction] });
    expect(figures.mediation.successRate).toMatchObject({ filed: 0.6667, now: 0.3333, changed: true, events: [correction] });
    expect(figures.mediation.mediated).toEqual({ filed: 3, now: 3, changed: false, events: [correction] });
    expect(figures.mediation.registered).toEqual({ filed: 3, now: 4, changed: true, events: [registration] });
    expect(figures.legalAid.benefitFen).toEqual({ filed: 200_000, now: 150_000, changed: true, events: [benefit] });
    expect(figures.legalAid.closed).toEqual({ filed: 1, now: 1, changed: false, events: [] });
    expect(changed).toEqual(['mediation.registered', 'mediation.succeeded', 'mediation.failed', 'mediation.successRate', 'legalAid.benefitFen', 'legalAid.benefitFenText', 'legalAid.benefitYuan']);
    expect(eventsSinceFiling.map((e: { eventId: string; type: string; changes: object }) => [e.eventId, e.type, e.changes]).sort()).toEqual(
      [
        [correction, 'mediation.dispute.corrected', { succeeded: -1, failed: 1 }],
        [benefit, 'legalaid.case.corrected', { benefitFen: -50_000 }],
        [registration, 'mediation.dispute.registered', { registered: 1 }],
      ].sort(),
    );
  });

  it('keeps the filed figures as they were', async () => {
    const res = await reporting.http.get(`/v1/reports/annual/2019/filings/1?district=${district}`);
    expect(res.status).toBe(200);
    expect(res.body.figures).toEqual(first.figures);
  });

  it('answers 404 for a filing that does not exist and 400 for a malformed or combined against', async () => {
    expect((await reporting.http.get(`/v1/reports/annual/2019?district=${district}&against=filing:9`)).status).toBe(404);
    const bad = await reporting.http.get(`/v1/reports/annual/2019?district=${district}&against=draft:1`);
    expect([bad.status, bad.body.message]).toEqual([400, 'against: must be filing:{n}, e.g. filing:1, got "draft:1"']);
    expect((await reporting.http.get(`/v1/reports/annual/2019?district=${district}&against=filing:1&format=csv`)).status).toBe(400);
    expect((await reporting.http.get(`/v1/reports/annual/2019/filings/0?district=${district}`)).status).toBe(400);
  });

  it('lets only an admin file, and any reader read the filings', async () => {
    const reader = new HttpClient(reporting.url, authHeaders('report-reader'));
    expect((await reader.post('/v1/reports/annual/2019/filings', { district })).status).toBe(403);
    expect((await reader.get(`/v1/reports/annual/2019/filings?district=${district}`)).status).toBe(200);
  });

  it('refuses an unknown field in the filing body, naming it', async () => {
    const res = await file({ figures: {} });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['figures']);
  });
});
