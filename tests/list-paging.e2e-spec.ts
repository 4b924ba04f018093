import { createPrivateTopics } from './support/private-topics';
import { Role } from '@casetrack/platform';
import { randomUUID } from 'node:crypto';
import { startAdminReview } from './support/admin-review-app';
import { RunningApp, startMediation, startReporting } from './support/apps';
import { authHeaders } from './support/auth';
import { penaltyFiles, startFileReview } from './support/file-review-app';
import { HttpClient, HttpResult } from './support/http-client';
import { startLegalAid } from './support/legal-aid-app';
import { settled } from './support/settle';
import { uniqueCode, uniqueDistrict } from './support/test-env';

jest.setTimeout(300_000);

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const forged = (key: unknown) => b64(JSON.stringify(key));

/** Forgeries no list's key accepts: wrong encoding, not JSON, wrong arity, wrong types, bad values. */
const FORGERIES: [string, string][] = [
  ['base64 of ["x","y"]', 'WyJ4IiwieSJd'],
  ['["0", the nil UUID]', forged(['0', '00000000-0000-0000-0000-000000000000'])],
  ['an instant and no UUID', forged(['2019-06-03T02:15:00.000000Z', 'me'])],
  ['percent signs', '%25%25%25'],
  ['an empty cursor', ''],
  ['base64 of plain text', b64('not a cursor')],
  ['a JSON object', forged({ a: 1 })],
  ['an empty key', forged([])],
  ['a huge number', b64('[1e400]')],
  ['a number beyond 2^53 and a UUID', b64(`[9007199254740993,"${randomUUID()}"]`)],
];

/**
 * Issue 12, §4 and §5: every list of every service is paged by one keyset helper. A forged cursor is
 * a 400 CURSOR.INVALID naming `cursor` (several were 500s), a bad limit a 400 naming `limit`, and
 * paging through a list returns each item exactly once. The problem list is paged too, the case ids
 * behind the report are for report readers only, and a clerk's 403 names no other committee.
 */
describe('paged lists', () => {
  const district = uniqueDistrict();
  const own = uniqueCode('PG-OWN');
  const other = uniqueCode('PG-OTHER');
  const agency = `分页测试局 ${randomUUID()}`;
  let mediation: RunningApp;
  let legalAid: RunningApp;
  let adminReview: RunningApp;
  let fileReview: RunningApp;
  let reporting: RunningApp;
  const made = { committees: [] as string[], disputes: [] as string[], cases: [] as string[], reviews: [] as string[], lawsuits: [] as string[], files: [] as string[], campaigns: [] as string[] };
  let campaign: string;
  let othersDispute: string;
  // A minute of 1987 no other run uses: the case list has no district filter.
  const caseMinute = `1987-${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')}T${String(Math.floor(Math.random() * 24)).padStart(2, '0')}:${String(Math.floor(Math.random() * 60)).padStart(2, '0')}`;
  const caseWindow = `from=${encodeURIComponent(`${caseMinute}:00+08:00`)}&to=${encodeURIComponent(`${caseMinute}:59+08:00`)}`;

  const created = (res: HttpResult) => {
    if (res.status !== 201) throw new Error(`expected 201, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };

  beforeAll(async () => {
    await createPrivateTopics();
    [mediation, legalAid, adminReview, fileReview, reporting] = await Promise.all([
      startMediation(district),
      startLegalAid(district),
      startAdminReview(district),
      startFileReview(district),
      startReporting(district, `test-paging-${randomUUID()}`),
    ]);
    for (const code of [own, other, ...[1, 2, 3].map((i) => `${own}-${i}`)]) {
      created(await mediation.http.post('/v1/committees', { code, name: '分页调委会', kind: 'community' }));
      made.committees.push(code);
    }
    // Seven disputes, five of them received at the same instant: the id breaks the tie.
    for (let i = 0; i < 7; i++) {
      const receivedAt = i < 5 ? '2019-06-03T10:15:00+08:00' : `2019-07-0${i}T10:15:00+08:00`;
      made.disputes.push(created(await mediation.http.post('/v1/disputes', { committeeCode: own, category: 'neighbourhood', source: 'walk-in', receivedAt, partyCount: 2 })).id);
    }
    othersDispute = created(await mediation.http.post('/v1/disputes', { committeeCode: other, category: 'neighbourhood', source: 'walk-in', receivedAt: '2019-06-03T10:15:00+08:00', partyCount: 2 })).id;
    for (let i = 0; i < 5; i++) {
      const appliedAt = `${caseMinute}:${i < 3 ? '10' : `2${i}`}+08:00`;
      made.cases.push(created(await legalAid.http.post('/v1/cases', { applicantGroups: ['elderly'], caseType: 'civil', matter: 'family', channel: 'walk-in', appliedAt })).id);
    }
    for (let i = 0; i < 5; i++) {
      const at = `2019-05-0${1 + (i % 2)}T09:00:00+08:00`;
      made.reviews.push(created(await adminReview.http.post('/v1/reviews', { receivedAt: at, channel: 'online', respondentAgency: agency, matter: 'penalty' })).id);
      made.lawsuits.push(created(await adminReview.http.post('/v1/lawsuits', { filedAt: at, defendantAgency: agency, court: '沙坪坝区人民法院', matter: 'penalty' })).id);
    }
    for (let i = 0; i < 3; i++)
      made.campaigns.push(created(await fileReview.http.post('/v1/campaigns', { year: 2021, title: `分页评查 ${randomUUID()}`, panel: [{ role: 'scholar' }] })).id);
    campaign = made.campaigns[0];
    const pool = [...penaltyFiles('沙城管罚', 4), ...penaltyFiles('沙市监罚', 3, '沙坪坝区市场监督管理局')];
    made.files = pool.map((f) => f.fileNumber);
    created(await fileReview.http.post(`/v1/campaigns/${campaign}/files`, { files: pool }));
    const draw = await fileReview.http.post(`/v1/campaigns/${campaign}/draw`, { sampleSize: 3, seed: 'paging' });
    expect(draw.status).toBe(200);
    const problems = [
      [{ category: 'procedure', description: '未告知陈述申辩权利' }, { category: 'evidence', description: '证据不足' }],
      [{ category: 'documentation', description: '文书不规范' }, { category: 'procedure', description: '超期' }, { category: 'procedure', description: '未送达' }],
      [{ category: 'jurisdiction', description: '越权' }],
    ];
    for (const [i, file] of draw.body.files.entries())
      expect((await fileReview.http.post(`/v1/files/${file.id}/review`, { reviewedAt: '2021-03-01T10:00:00+08:00', score: 70, problems: problems[i] })).status).toBe(200);
  });

  afterAll(async () => {
    await Promise.all([mediation, legalAid, adminReview, fileReview, reporting].map((a) => a?.close()));
  });

  const app = (name: string) => ({ mediation, legalAid, adminReview, fileReview, reporting })[name]!;
  const drill = (query: string) => `/v1/reports/annual/2019/mediation/cases?district=${district}&figure=registered${query}`;

  /** Every list, how to read one item's identity, and what the whole list must hold (or contain, for the shared committees). */
  const LISTS = [
    { name: 'committees', service: 'mediation', path: () => '/v1/committees?kind=community', items: (b: any) => b.items.map((c: any) => c.code), expected: () => made.committees, shared: true, limit: 200 },
    { name: 'disputes', service: 'mediation', path: () => `/v1/disputes?committeeCode=${own}`, items: (b: any) => b.items.map((d: any) => d.id), expected: () => made.disputes },
    { name: 'cases', service: 'legalAid', path: () => `/v1/cases?${caseWindow}`, items: (b: any) => b.items.map((c: any) => c.id), expected: () => made.cases },
    { name: 'reviews', service: 'adminReview', path: () => `/v1/reviews?respondentAgency=${encodeURIComponent(agency)}`, items: (b: any) => b.items.map((r: any) => r.id), expected: () => made.reviews },
    { name: 'lawsuits', service: 'adminReview', path: () => `/v1/lawsuits?defendantAgency=${encodeURIComponent(agency)}`, items: (b: any) => b.items.map((l: any) => l.id), expected: () => made.lawsuits },
    { name: 'campaigns', service: 'fileReview', path: () => '/v1/campaigns?year=2021', items: (b: any) => b.items.map((c: any) => c.id), expected: () => made.campaigns, shared: true, limit: 500, pageSize: 5 },
    { name: 'files', service: 'fileReview', path: () => `/v1/campaigns/${campaign}/files?drawn=false`, items: (b: any) => b.items.map((f: any) => f.fileNumber), expected: () => null },
    { name: 'all files', service: 'fileReview', path: () => `/v1/campaigns/${campaign}/files`, items: (b: any) => b.items.map((f: any) => f.fileNumber), expected: () => made.files },
    { name: 'problem list', service: 'fileReview', path: () => `/v1/campaigns/${campaign}/problem-list`, items: problemsOf, expected: () => null },
    { name: 'drill-through', service: 'reporting', path: () => drill(''), items: (b: any) => b.items.map((i: any) => i.caseId), expected: () => made.disputes, max: 1000 },
    { name: 'filings', service: 'reporting', path: () => `/v1/reports/annual/2019/filings?district=${district}`, items: (b: any) => b.items.map((f: any) => f.n), expected: () => null },
    { name: 'against', service: 'reporting', path: () => `/v1/reports/annual/2019?district=${district}&against=filing:1`, items: (b: any) => b.eventsSinceFiling.map((e: any) => e.eventId), expected: () => null },
  ];

  function problemsOf(body: any): string[] {
    return body.agencies.flatMap((a: any) => a.categories.flatMap((c: any) => c.problems.map((p: any) => `${a.agency}|${c.category}|${p.fileNumber}|${p.description}`)));
  }

  async function pageThrough(http: HttpClient, path: string, limit: number, items: (b: any) => unknown[]) {
    const seen: unknown[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: HttpResult = await http.get(`${path}${path.includes('?') ? '&' : '?'}limit=${limit}${cursor === null ? '' : `&cursor=${cursor}`}`);
      expect([res.status, res.body?.code]).toEqual([200, undefined]);
      const page = items(res.body);
      expect(page.length).toBeLessThanOrEqual(limit);
      if (res.body.nextCursor !== null) expect(page).toHaveLength(limit);
      seen.push(...page);
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor !== null && pages < 1000);
    return seen;
  }

  describe('the reporting lists, once the report holds every dispute', () => {
    beforeAll(async () => {
      // Filing 1 must hold every 2019 event made so far, so that only the disputes below follow it.
      await settled(reporting, [mediation, legalAid, adminReview, fileReview]);
      expect((await reporting.http.get(`/v1/reports/annual/2019?district=${district}`)).body).toMatchObject({
        mediation: { registered: made.disputes.length + 1 }, administrativeReview: { received: made.reviews.length }, litigation: { filed: made.lawsuits.length },
      });
      for (let i = 0; i < 3; i++) expect((await reporting.http.post('/v1/reports/annual/2019/filings', { district })).status).toBe(201);
      // Events after filing 1 (and 2, 3): these are what against=filing:1 lists.
      for (let i = 0; i < 5; i++)
        made.disputes.push(created(await mediation.http.post('/v1/disputes', { committeeCode: own, category: 'labour', source: 'walk-in', receivedAt: '2019-08-01T10:15:00+08:00', partyCount: 2 })).id);
      await settled(reporting, [mediation]);
      expect((await reporting.http.get(`/v1/reports/annual/2019?district=${district}&against=filing:1&limit=500`)).body).toMatchObject({
        eventsSinceFiling: expect.any(Array), figures: { mediation: { registered: { now: made.disputes.length + 1 } } },
      });
    });

    it('pages the events since a filing, each once, and the figures name all of them', async () => {
      const events = await pageThrough(reporting.http, `/v1/reports/annual/2019?district=${district}&against=filing:1`, 2, (b) => b.eventsSinceFiling.map((e: any) => e.eventId));
      expect(events).toHaveLength(5);
      expect(new Set(events).size).toBe(5);
      const whole = (await reporting.http.get(`/v1/reports/annual/2019?district=${district}&against=filing:1&limit=1`)).body;
      expect(whole.eventsSinceFiling).toHaveLength(1);
      expect(new Set(whole.figures.mediation.registered.events)).toEqual(new Set(events));
    });

    it('pages the filings and the drill-through, each item once', async () => {
      expect(await pageThrough(reporting.http, `/v1/reports/annual/2019/filings?district=${district}`, 1, (b) => b.items.map((f: any) => f.n))).toEqual([1, 2, 3]);
      const ids = await pageThrough(reporting.http, drill(''), 2, (b) => b.items.map((i: any) => i.caseId));
      expect(ids).toHaveLength(made.disputes.length + 1);
      expect(new Set(ids)).toEqual(new Set([...made.disputes, othersDispute]));
    });

    it('answers limit or cursor without against with a 400 naming them', async () => {
      for (const q of ['limit=2', `cursor=${forged([1])}`]) {
        const res = await reporting.http.get(`/v1/reports/annual/2019?district=${district}&${q}`);
        expect([res.status, res.body.details?.field]).toEqual([400, q.split('=')[0]]);
      }
    });

    const readers = (role: Role) => new HttpClient(reporting.url, authHeaders(role, role === 'mediation-clerk' ? own : undefined));
    it.each<[Role, boolean]>([
      ['mediation-clerk', false],
      ['legal-aid-officer', false],
      ['review-officer', false],
      ['enforcement-supervisor', false],
      ['report-reader', true],
      ['admin', true],
    ])('lets a %s see the case ids behind the report (drill-through, against): %s', async (role, allowed) => {
      const http = readers(role);
      for (const path of [drill('&limit=1'), `/v1/reports/annual/2019?district=${district}&against=filing:1&limit=1`]) {
        const res = await http.get(path);
        if (allowed) expect([res.status, res.body.items ?? res.body.eventsSinceFiling]).toEqual([200, expect.any(Array)]);
        else expect([res.status, res.body.code, res.body.details?.role]).toEqual([403, 'AUTH.FORBIDDEN_ROLE', role]);
      }
      // The report itself stays open to every role.
      expect((await http.get(`/v1/reports/annual/2019?district=${district}`)).status).toBe(200);
    });
  });

  describe.each(LISTS)('the $name list', (list) => {
    it.each(FORGERIES)('answers a forged cursor (%s) with 400 CURSOR.INVALID naming cursor', async (_, cursor) => {
      const path = list.path();
      const res = await app(list.service).http.get(`${path}${path.includes('?') ? '&' : '?'}cursor=${cursor}`);
      expect([res.status, res.body.code, res.body.details]).toEqual([400, 'CURSOR.INVALID', { field: 'cursor' }]);
      expect(res.body.message).toMatch(/^cursor: /);
    });

    it.each([['0'], ['one more than the most'], ['ten'], ['-1'], ['2.5']])('answers limit=%s with a 400 naming limit', async (given) => {
      const limit = given === 'one more than the most' ? String((list.max ?? 500) + 1) : given;
      const path = list.path();
      const res = await app(list.service).http.get(`${path}${path.includes('?') ? '&' : '?'}limit=${limit}`);
      expect(res.status).toBe(400);
      expect(res.body.fields?.[0]?.field ?? res.body.details?.field).toBe('limit');
    });
  });

  describe('paging the case-service lists', () => {
    it.each(LISTS.filter((l) => l.service !== 'reporting'))('returns every item of the $name list exactly once across small pages', async (list) => {
      const http = app(list.service).http;
      const all = await pageThrough(http, list.path(), list.limit ?? 500, list.items);
      const paged = await pageThrough(http, list.path(), list.pageSize ?? (list.shared ? 200 : 2), list.items);
      expect(new Set(paged).size).toBe(paged.length);
      if (list.shared) expect(paged.filter((x) => list.expected()!.includes(x as string)).sort()).toEqual([...list.expected()!].sort());
      else expect(paged).toEqual(all);
      if (list.expected() && !list.shared) expect([...paged].sort()).toEqual([...list.expected()!].sort());
    });

    it('pages the problem list in the contract\'s category order and keeps the totals of the whole campaign on each page', async () => {
      const first = await fileReview.http.get(`/v1/campaigns/${campaign}/problem-list?limit=2`);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ filesReviewed: 3, problems: 6, nextCursor: expect.any(String) });
      expect(problemsOf(first.body)).toHaveLength(2);
      expect(first.body.agencies.reduce((s: number, a: any) => s + a.problems, 0)).toBe(6);
      const problems = await pageThrough(fileReview.http, `/v1/campaigns/${campaign}/problem-list`, 2, problemsOf);
      expect(problems).toHaveLength(6);
      expect(new Set(problems).size).toBe(6);
      const order = ['procedure', 'evidence', 'law-application', 'discretion', 'documentation', 'jurisdiction'];
      const keys = problems.map((p) => (p as string).split('|')).map(([a, c, f]) => [a, order.indexOf(c), f]);
      expect(keys).toEqual([...keys].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : (x[1] as number) - (y[1] as number) || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0))));
    });

    it('keeps the CSV download of the problem list complete, and refuses to page it', async () => {
      const res = await fetch(`${fileReview.url}/v1/campaigns/${campaign}/problem-list?format=csv`, { headers: authHeaders() });
      expect(res.status).toBe(200);
      expect((await res.text()).split('\r\n').filter((l) => l !== '')).toHaveLength(7);
      const paged = await fileReview.http.get(`/v1/campaigns/${campaign}/problem-list?format=csv&limit=2`);
      expect([paged.status, paged.body.details?.field]).toEqual([400, 'limit']);
    });
  });

  describe('the sample size of a draw', () => {
    it('refuses more than 5,000 files even when the pool holds more, naming sampleSize, and leaves the campaign open', async () => {
      const id = created(await fileReview.http.post('/v1/campaigns', { year: 2022, title: `大样本 ${randomUUID()}`, panel: [{ role: 'scholar' }] })).id;
      const pool = penaltyFiles('沙大样罚', 5001);
      created(await fileReview.http.post(`/v1/campaigns/${id}/files`, { files: pool.slice(0, 5000) }));
      created(await fileReview.http.post(`/v1/campaigns/${id}/files`, { files: pool.slice(5000) }));
      const res = await fileReview.http.post(`/v1/campaigns/${id}/draw`, { sampleSize: 5001, seed: 's' });
      expect(res.status).toBe(400);
      expect(res.body.fields?.[0]?.field ?? res.body.details?.field).toBe('sampleSize');
      expect(res.body.message).toMatch(/sampleSize/);
      expect((await fileReview.http.get(`/v1/campaigns/${id}`)).body.status).toBe('open');
    });

    it('refuses a sample larger than the pool, naming sampleSize', async () => {
      const id = created(await fileReview.http.post('/v1/campaigns', { year: 2022, title: `小池 ${randomUUID()}`, panel: [{ role: 'scholar' }] })).id;
      created(await fileReview.http.post(`/v1/campaigns/${id}/files`, { files: penaltyFiles('沙小池罚', 3) }));
      const res = await fileReview.http.post(`/v1/campaigns/${id}/draw`, { sampleSize: 4, seed: 's' });
      expect([res.status, res.body.details?.field]).toEqual([400, 'sampleSize']);
    });
  });

  describe('a clerk refused another committee', () => {
    const clerk = () => new HttpClient(mediation.url, authHeaders('mediation-clerk', own));

    it.each([
      ['reading its dispute by id', () => clerk().get(`/v1/disputes/${othersDispute}`)],
      ['concluding its dispute', () => clerk().post(`/v1/disputes/${othersDispute}/conclusion`, { result: 'failure', concludedAt: '2019-06-10T16:00:00+08:00' })],
      ['listing its disputes', () => clerk().get(`/v1/disputes?committeeCode=${other}`)],
      ['registering a dispute for it', () => clerk().post('/v1/disputes', { committeeCode: other, category: 'neighbourhood', source: 'walk-in', receivedAt: '2019-06-03T10:15:00+08:00', partyCount: 2 })],
    ])('gets a 403 that names no other committee when %s', async (_, call) => {
      const res = await call();
      expect([res.status, res.body.code, res.body.details]).toEqual([403, 'AUTH.FORBIDDEN_UNIT', { unit: own }]);
      expect(JSON.stringify(res.body)).not.toContain(other);
    });
  });
});
