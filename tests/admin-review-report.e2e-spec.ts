import { randomUUID } from 'node:crypto';
import { adminReviewLoader, litigationLoader } from '../scripts/load-2019/admin-review.loader';
import { LoadContext } from '../scripts/load-2019/area-loader';
import { differences, figureAt } from '../scripts/load-2019/compare';
import { Client } from 'pg';
import { litigationReconcile } from '../scripts/reconcile/litigation.reconcile';
import { LawsuitRepository } from '../apps/administrative-review/src/lawsuits/persistence/lawsuit.repository';
import { SettableClock, startAdminReview } from './support/admin-review-app';
import { caseReadTwoWays } from './support/case-table-read';
import { RunningApp, startReporting } from './support/apps';
import { authHeaders } from './support/auth';
import { settled } from './support/settle';
import { TEST_DATABASE_URL, uniqueCode, uniqueDistrict } from './support/test-env';

// jest.config's per-project testTimeout does not reach the tests (Jest reads it globally only), and a
// loaded year may take longer than the 5 s default on a busy machine.
jest.setTimeout(180_000);

// Each test works in its own years of one district, so their figures never mix: 2019 is the
// loaded year, 2021–2022 the deadlines, 2023 the idempotency checks, 2024 the hearings, 2025–2026
// the litigation follow-up.
describe('administrative review → Kafka → reporting', () => {
  const district = uniqueDistrict();
  const clock = new SettableClock('2022-01-10T09:00:00+08:00');
  let service: RunningApp;
  let reporting: RunningApp;

  beforeAll(async () => {
    [service, reporting] = await Promise.all([startAdminReview(district, clock), startReporting(district, `test-${randomUUID()}`)]);
  });

  afterAll(async () => {
    await Promise.all([service?.close(), reporting?.close()]);
  });

  const report = async (year: number) => (await reporting.http.get(`/v1/reports/annual/${year}?district=${district}`)).body;
  /** The report once reporting has applied every event the service has written. */
  const settledReport = async (year: number) => {
    await settled(reporting, [service]);
    return report(year);
  };
  const ok = <T extends { status: number; body: any }>(res: T, status = 200) => {
    expect({ status: res.status, body: res.body }).toEqual({ status, body: expect.anything() });
    return res.body;
  };

  async function receive(agency: string, receivedAt: string) {
    return ok(await service.http.post('/v1/reviews', { receivedAt, channel: 'online', respondentAgency: agency, matter: 'penalty' }), 201);
  }

  describe('deadlines', () => {
    afterEach(() => clock.set('2022-01-10T09:00:00+08:00'));

    it('lists as overdue only the open reviews past their deadline at the service clock, and moves with the clock', async () => {
      const agency = `区测试局-${uniqueCode()}`;
      let received = 0; // distinct receipt times, so the list order (oldest receipt first) is known
      const accept = async (acceptedAt: string) => {
        const r = await receive(agency, `2021-11-01T09:0${received++}:00+08:00`);
        return ok(await service.http.post(`/v1/reviews/${r.id}/acceptance`, { acceptedAt }));
      };
      const due = await accept('2021-11-05T10:00:00+08:00');
      expect(due).toMatchObject({ status: 'accepted', dueAt: '2022-01-04T23:59:59.999+08:00', overdue: true, dueSoon: false, extended: false, late: false });
      const soon = await accept('2021-11-20T10:00:00+08:00');
      expect(soon).toMatchObject({ dueAt: '2022-01-19T23:59:59.999+08:00', overdue: false, dueSoon: true });

      const extended = await accept('2021-11-05T10:00:00+08:00');
      const afterExtension = ok(await service.http.post(`/v1/reviews/${extended.id}/extension`, { extendedAt: '2021-12-20T10:00:00+08:00', days: 30 }));
      expect(afterExtension).toMatchObject({ status: 'extended', extended: true, dueAt: '2022-02-03T23:59:59.999+08:00', overdue: false, dueSoon: false });
      const again = await service.http.post(`/v1/reviews/${extended.id}/extension`, { extendedAt: '2021-12-21T10:00:00+08:00', days: 5 });
      expect(again.status).toBe(409);
      expect(again.body.message).toContain('extended');

      const decided = await accept('2021-11-05T10:00:00+08:00');
      const late = ok(await service.http.post(`/v1/reviews/${decided.id}/decision`, { decidedAt: '2022-01-06T10:00:00+08:00', decision: 'revoked' }));
      expect(late).toMatchObject({ status: 'concluded', late: true, overdue: false });
      await receive(agency, '2021-11-02T09:00:00+08:00'); // received only: no deadline yet

      const overdueIds = async () =>
        ok(await service.http.get(`/v1/reviews?overdue=true&respondentAgency=${encodeURIComponent(agency)}`)).items.map((r: { id: string }) => r.id);
      expect(await overdueIds()).toEqual([due.id]);
      clock.set('2022-01-20T09:00:00+08:00');
      expect(await overdueIds()).toEqual([due.id, soon.id]);

      const pages: string[][] = [];
      let cursor: string | null = null;
      do {
        const page: any = ok(await service.http.get(`/v1/reviews?limit=2&respondentAgency=${encodeURIComponent(agency)}${cursor ? `&cursor=${cursor}` : ''}`));
        pages.push(page.items.map((r: { status: string }) => r.status));
        cursor = page.nextCursor;
      } while (cursor);
      expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
      expect(pages.flat().sort()).toEqual(['accepted', 'accepted', 'concluded', 'extended', 'received']);
    });

    it('answers 400 naming the field for an extension longer than 30 days or an unknown overdue value', async () => {
      const r = await receive(`区测试局-${uniqueCode()}`, '2021-11-01T09:00:00+08:00');
      ok(await service.http.post(`/v1/reviews/${r.id}/acceptance`, { acceptedAt: '2021-11-05T10:00:00+08:00' }));
      const tooLong = await service.http.post(`/v1/reviews/${r.id}/extension`, { extendedAt: '2021-12-20T10:00:00+08:00', days: 31 });
      expect(tooLong.status).toBe(400);
      expect(tooLong.body.fields.map((f: { field: string }) => f.field)).toEqual(['days']);
      const listed = await service.http.get('/v1/reviews?overdue=yes');
      expect(listed.status).toBe(400);
      expect(listed.body.message).toContain('overdue');
    });
  });

  describe('hearings', () => {
    let lawsuit: string;
    const hearing = (body: unknown) => service.http.post(`/v1/lawsuits/${lawsuit}/hearings`, body);

    beforeAll(async () => {
      // The service refuses business times later than its clock: move it past this year's hearings.
      clock.set('2024-06-01T09:00:00+08:00');
      const res = await service.http.post('/v1/lawsuits', { filedAt: '2024-03-01T09:00:00+08:00', defendantAgency: '重庆市沙坪坝区人民政府', court: '重庆铁路运输法院', matter: 'licensing' });
      lawsuit = ok(res, 201).id;
    });

    it('answers 400 naming appearedRole when the head appeared and no role is given', async () => {
      const res = await hearing({ heldAt: '2024-04-01T09:30:00+08:00', headAppeared: true });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'HEARING.ROLE_REQUIRED', details: { field: 'appearedRole' } });
      expect(res.body.message).toMatch(/^appearedRole: /);
    });

    it('answers 400 naming appearedRole when a role is given for a hearing without the head', async () => {
      const res = await hearing({ heldAt: '2024-04-01T09:30:00+08:00', headAppeared: false, appearedRole: 'agency-head' });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'HEARING.ROLE_NOT_ALLOWED', details: { field: 'appearedRole' } });
    });

    it('refuses a headAppeared that is not a boolean rather than coercing it', async () => {
      const res = await hearing({ heldAt: '2024-04-01T09:30:00+08:00', headAppeared: 'true', appearedRole: 'agency-head' });
      expect(res.status).toBe(400);
      expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['headAppeared']);
    });

    it('records a hearing, closes the lawsuit on judgment, then refuses hearings with 409 naming status closed; refused ones left nothing behind', async () => {
      const held = ok(await hearing({ heldAt: '2024-04-01T09:30:00+08:00', headAppeared: true, appearedRole: 'government-leader' }), 201);
      expect(held).toMatchObject({ lawsuitId: lawsuit, headAppeared: true, appearedRole: 'government-leader', heldAt: '2024-04-01T09:30:00+08:00' });
      const judged = ok(await service.http.post(`/v1/lawsuits/${lawsuit}/judgment`, { decidedAt: '2024-05-01T10:00:00+08:00', outcome: 'dismissed' }));
      expect(judged).toMatchObject({ status: 'closed', outcome: 'dismissed', hearingCount: 1 });
      const late = await hearing({ heldAt: '2024-05-02T09:30:00+08:00', headAppeared: false });
      expect(late.status).toBe(409);
      expect(late.body.message).toContain('closed');
      const stored = ok(await service.http.get(`/v1/lawsuits/${lawsuit}`));
      expect(stored.hearings.map((h: { id: string }) => h.id)).toEqual([held.id]);

      const r = await settledReport(2024);
      expect(r.litigation).toMatchObject({ hearings: 1, judged: 1 });
      expect(r.litigation).toMatchObject({ filed: 1, hearings: 1, headAppearances: 1, byRole: { 'government-leader': 1, 'agency-head': 0 } });
      expect(r.litigation.appearanceRate).toEqual({ value: 1, display: '100.0%', numerator: 1, denominator: 1 });
    });
  });

  describe('litigation follow-up', () => {
    const FOLLOW_UP = ['judgmentsSupervised', 'supervisionsConcluded', 'suggestionsReceived', 'suggestionsSupervised', 'suggestionsAnswered'];
    let before: Record<string, number>;
    /** The follow-up figures of 2025 as the reconciliation recomputes them from the service's tables. */
    async function recomputeFollowUp(): Promise<Record<string, number>> {
      const db = new Client({ connectionString: TEST_DATABASE_URL });
      await db.connect();
      try {
        const all = (await litigationReconcile.recompute(db, { year: 2025, timeZone: 'Asia/Shanghai' })) as Record<string, number>;
        return Object.fromEntries(FOLLOW_UP.map((f) => [f, all[f]]));
      } finally {
        await db.end();
      }
    }
    let lawsuit: string;
    const path = (rest = '') => `/v1/lawsuits/${lawsuit}${rest}`;
    const post = (rest: string, body: unknown, key?: string) => service.http.post(path(rest), body, key ? { 'Idempotency-Key': key } : {});

    beforeAll(async () => {
      before = await recomputeFollowUp();
      clock.set('2026-02-01T09:00:00+08:00');
      lawsuit = ok(await service.http.post('/v1/lawsuits', { filedAt: '2025-02-01T09:00:00+08:00', defendantAgency: '重庆市沙坪坝区城市管理局', court: '重庆铁路运输法院', matter: 'penalty' }), 201).id;
    });

    it('supervises the performance of a judgment only once the lawsuit is closed, once, and answers a retry with its key from the first response', async () => {
      const start = { judgmentEffectiveAt: '2025-05-20T00:00:00+08:00', startedAt: '2025-05-21T10:00:00+08:00' };
      const early = await post('/performance-supervision', start);
      expect(early.status).toBe(409);
      expect(early.body).toMatchObject({ code: 'LAWSUIT.INVALID_TRANSITION' });
      expect(early.body.message).toContain('open');
      ok(await post('/judgment', { decidedAt: '2025-05-01T10:00:00+08:00', outcome: 'revoked' }));

      const tooEarly = await post('/performance-supervision', { ...start, judgmentEffectiveAt: '2025-04-30T00:00:00+08:00' });
      expect(tooEarly.status).toBe(400);
      expect(tooEarly.body).toMatchObject({ details: { field: 'judgmentEffectiveAt' } });
      const key = `e2e-${randomUUID()}`;
      const first = ok(await post('/performance-supervision', start, key));
      expect(first.performanceSupervision).toEqual({ status: 'supervising', ...start, concludedAt: null, result: null });
      const retry = await post('/performance-supervision', start, key);
      expect({ status: retry.status, replayed: retry.headers.get('idempotent-replayed'), body: retry.body }).toEqual({ status: 200, replayed: 'true', body: first });
      const again = await post('/performance-supervision', start);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('LAWSUIT.PERFORMANCE_ALREADY_SUPERVISED');

      const concluded = ok(await post('/performance-supervision/conclusion', { concludedAt: '2025-07-01T10:00:00+08:00', result: 'performed' }));
      expect(concluded.performanceSupervision).toMatchObject({ status: 'concluded', concludedAt: '2025-07-01T10:00:00+08:00', result: 'performed' });
      const twice = await post('/performance-supervision/conclusion', { concludedAt: '2025-07-02T10:00:00+08:00', result: 'enforced' });
      expect(twice.status).toBe(409);
      expect(twice.body.message).toContain('concluded');
    });

    it('takes judicial suggestions through received → supervised → answered, 404 for another lawsuit\'s, 409 once answered', async () => {
      const first = ok(await post('/judicial-suggestions', { receivedAt: '2025-03-01T10:00:00+08:00', court: '重庆铁路运输法院' }), 201);
      expect(first).toMatchObject({ lawsuitId: lawsuit, status: 'received', supervisedAt: null, answeredAt: null });
      const supervised = ok(await post(`/judicial-suggestions/${first.id}/supervision`, { supervisedAt: '2025-03-05T10:00:00+08:00' }));
      expect(supervised).toMatchObject({ status: 'supervised', supervisedAt: '2025-03-05T10:00:00+08:00' });
      const tooEarly = await post(`/judicial-suggestions/${first.id}/answer`, { answeredAt: '2025-03-04T10:00:00+08:00' });
      expect(tooEarly.status).toBe(400);
      expect(tooEarly.body).toMatchObject({ details: { field: 'answeredAt' } });
      ok(await post(`/judicial-suggestions/${first.id}/answer`, { answeredAt: '2025-03-20T10:00:00+08:00' }));
      const late = await post(`/judicial-suggestions/${first.id}/supervision`, { supervisedAt: '2025-03-21T10:00:00+08:00' });
      expect(late.status).toBe(409);
      expect(late.body).toMatchObject({ code: 'JUDICIAL_SUGGESTION.INVALID_TRANSITION' });
      expect(late.body.message).toContain('answered');
      const unknown = await post(`/judicial-suggestions/${randomUUID()}/supervision`, { supervisedAt: '2025-03-21T10:00:00+08:00' });
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('JUDICIAL_SUGGESTION.NOT_FOUND');

      // Received on the year's last evening, supervised in the next year: counted in each year by its own time.
      const second = ok(await post('/judicial-suggestions', { receivedAt: '2025-12-31T20:00:00+08:00', court: '重庆市第一中级人民法院' }), 201);
      ok(await post(`/judicial-suggestions/${second.id}/supervision`, { supervisedAt: '2026-01-05T10:00:00+08:00' }));

      const stored = ok(await service.http.get(path()));
      expect(stored.judicialSuggestions.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([[first.id, 'answered'], [second.id, 'supervised']]);
      expect(stored.performanceSupervision).toMatchObject({ status: 'concluded' });
    });

    it('counts each step once in the litigation section of its own year, with drill-through to the lawsuit and the suggestion', async () => {
      const r2025 = await settledReport(2025);
      expect(r2025.litigation).toMatchObject({
        filed: 1, judged: 1, judgmentsSupervised: 1, supervisionsConcluded: 1, suggestionsReceived: 2, suggestionsSupervised: 1, suggestionsAnswered: 1,
      });
      expect((await report(2026)).litigation).toMatchObject({ filed: 0, judgmentsSupervised: 0, suggestionsReceived: 0, suggestionsSupervised: 1 });
      const drill = ok(await reporting.http.get(`/v1/reports/annual/2025/litigation/cases?figure=suggestionsSupervised&district=${district}`));
      const stored = ok(await service.http.get(path()));
      expect(drill.items.map((i: { caseId: string; suggestionId: string }) => [i.caseId, i.suggestionId])).toEqual([[lawsuit, stored.judicialSuggestions[0].id]]);
      const supervisedJudgments = ok(await reporting.http.get(`/v1/reports/annual/2025/litigation/cases?figure=judgmentsSupervised&district=${district}`));
      expect(supervisedJudgments.items.map((i: { caseId: string }) => i.caseId)).toEqual([lawsuit]);

      // The reconciliation recomputes the follow-up from the service's tables (which hold every
      // district's rows, earlier runs' included): what it gained since this describe began is this district's report.
      const after = await recomputeFollowUp();
      expect(Object.fromEntries(FOLLOW_UP.map((f) => [f, after[f] - before[f]]))).toEqual(Object.fromEntries(FOLLOW_UP.map((f) => [f, r2025.litigation[f]])));
    });

    it('gives the command runner the lawsuits\' columns: its one read of a lawsuit for a change is the lawsuit find reads, its follow-up included', async () => {
      const table = service.app.get(LawsuitRepository);
      const read = await caseReadTwoWays(service.app, table, lawsuit);
      expect(read.oneQuery).toEqual(read.find);
      expect(read.find).toMatchObject({ id: lawsuit, status: 'closed', performance: { status: 'concluded', result: 'performed' } });
      expect(await caseReadTwoWays(service.app, table, randomUUID())).toEqual({ oneQuery: null, find: null });
    });
  });

  it('gives null correction and appearance rates, and zero counts, for a year with no conclusions and no hearings', async () => {
    const r = await report(1999);
    expect(r.administrativeReview).toMatchObject({ concluded: 0, correctionRate: null, openPastDueAtYearEnd: 0 });
    expect(Object.values(r.administrativeReview.byDecision)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(r.litigation).toEqual({
      filed: 0, hearings: 0, headAppearances: 0, byRole: { 'government-leader': 0, 'agency-head': 0 }, appearanceRate: null, judged: 0,
      judgmentsSupervised: 0, supervisionsConcluded: 0, suggestionsReceived: 0, suggestionsSupervised: 0, suggestionsAnswered: 0,
    });
  });

  it('answers a retried POST with the same Idempotency-Key with the first response and creates nothing new', async () => {
    clock.set('2023-06-01T09:00:00+08:00'); // after the 2023 times below, which the service would refuse as future ones
    const agency = `区测试局-${uniqueCode()}`;
    const body = { receivedAt: '2023-03-01T09:00:00+08:00', channel: 'mail', respondentAgency: agency, matter: 'inaction', applicantName: '王伟' };
    const key = `e2e-${randomUUID()}`;
    const first = await service.http.post('/v1/reviews', body, { 'Idempotency-Key': key });
    const retry = await service.http.post('/v1/reviews', body, { 'Idempotency-Key': key });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    const other = await service.http.post('/v1/reviews', { ...body, matter: 'penalty' }, { 'Idempotency-Key': key });
    expect(other.status).toBe(422);

    const accept = () => service.http.post(`/v1/reviews/${first.body.id}/acceptance`, { acceptedAt: '2023-03-03T09:00:00+08:00' }, { 'Idempotency-Key': `${key}:accept` });
    const [a1, a2] = [await accept(), await accept()];
    expect([a1.status, a2.status]).toEqual([200, 200]);
    expect(a2.body).toEqual(a1.body);
    expect(a1.body.dueAt).toBe('2023-05-02T23:59:59.999+08:00');

    const listed = ok(await service.http.get(`/v1/reviews?respondentAgency=${encodeURIComponent(agency)}`));
    expect(listed.items).toHaveLength(1);
    const r = await settledReport(2023);
    expect(r.administrativeReview).toMatchObject({ received: 1, accepted: 1 });
  });

  it('loads a scaled-down 2019 year and the report shows every figure the generator expects', async () => {
    const scale = 0.1;
    const ctx: LoadContext = {
      baseUrl: service.url, district, scale, concurrency: 8, runId: `e2e-${randomUUID()}`, headers: authHeaders(), progress: () => undefined,
    };
    await adminReviewLoader.load(ctx);
    await litigationLoader.load(ctx);
    const reviews = adminReviewLoader.expected(scale);
    const lawsuits = litigationLoader.expected(scale);
    const r = await settledReport(2019);
    expect([...differences(r.administrativeReview, reviews), ...differences(r.litigation, lawsuits)]).toEqual([]);
    for (const [path, want] of Object.entries(reviews)) expect([path, figureAt(r.administrativeReview, path)]).toEqual([path, want]);
    for (const [path, want] of Object.entries(lawsuits)) expect([path, figureAt(r.litigation, path)]).toEqual([path, want]);

    const byChannel = ok(await reporting.http.get(`/v1/reports/annual/2019/administrative-review?by=channel&district=${district}`)).rows;
    expect(byChannel.map((row: { channel: string }) => row.channel)).toEqual(['online', 'in-person', 'mail']);
    expect(byChannel.reduce((s: number, row: { received: number }) => s + row.received, 0)).toBe(reviews.received);
    const byDecision = ok(await reporting.http.get(`/v1/reports/annual/2019/administrative-review?by=decision&district=${district}`)).rows;
    expect(byDecision.reduce((s: number, row: { concluded: number }) => s + row.concluded, 0)).toBe(reviews.concluded);
    const byMonth = ok(await reporting.http.get(`/v1/reports/annual/2019/litigation?by=month&district=${district}`)).rows;
    expect(byMonth).toHaveLength(12);
    expect(byMonth.reduce((s: number, row: { filed: number }) => s + row.filed, 0)).toBe(lawsuits.filed);
  });
});
