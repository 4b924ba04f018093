import { createPrivateTopics } from '../support/private-topics';
import { randomUUID } from 'node:crypto';
import { runPool } from '../../scripts/load-2019/http-pool';
import { Prng } from '../../scripts/load-2019/prng';
import { startAdminReview } from '../support/admin-review-app';
import { RunningApp, startMediation, startReporting } from '../support/apps';
import { authHeaders } from '../support/auth';
import { penaltyFiles, startFileReview } from '../support/file-review-app';
import { contractBody, documentBody, engagementBody, startLegalAffairs } from '../support/legal-affairs-app';
import { platformBody, serviceBody, startPublicLegalServices } from '../support/public-legal-services-app';
import { examBody, startLegalEducation } from '../support/legal-education-app';
import { startLegalAid } from '../support/legal-aid-app';
import { settled } from '../support/settle';
import { uniqueCode, uniqueDistrict } from '../support/test-env';
import { Tally } from './support/fuzz-run';

// Issue 12, §4: for every GET operation of every service whose OpenAPI document (/docs-json) lists
// a `cursor` parameter, many forged cursors and bad limits. Each forgery must get a 4xx naming the
// parameter, never a 5xx; a mutation of a real cursor may still be a cursor (2xx) but never a 5xx.
const SEED = process.env.FUZZ_SEED ?? 'casetrack-forged-cursors';
const PER_OPERATION = Number(process.env.FUZZ_CURSORS_PER_OPERATION ?? 400);
const SERVICES = [
  'mediation', 'legal-aid', 'administrative-review', 'file-review', 'legal-affairs', 'reporting',
  'public-legal-services',
  'legal-education',
] as const;
type Service = (typeof SERVICES)[number];

/** One GET list operation of a service's document, with its path filled in. */
interface ListOperation {
  service: Service;
  key: string;
  /** The path and the query a valid request needs (figure=…, against=…), without limit and cursor. */
  url: string;
}

/** A request, and what must answer it: 'strict' = a 4xx naming `names`; 'loose' = anything but a 5xx (and a 4xx then names the parameter). */
interface Probe {
  kind: string;
  query: string;
  names: string[];
  strict: boolean;
}

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64url');

/** JSON values no element of any list's key accepts (no kind takes booleans, null, objects, fractions or unsafe numbers). */
function poison(p: Prng): unknown {
  return p.pick<() => unknown>([
    () => p.next() < 0.5,
    () => null,
    () => ({ k: p.int(0, 9) }),
    () => [p.int(0, 9)],
    () => p.int(1, 1000) + 0.5,
    () => -(2 ** 60),
    () => 2 ** 60,
    () => [],
  ])();
}

/** Strings and numbers that look like key elements and often are not (a bad UUID, a bad instant, a huge number…). */
function plausible(p: Prng): unknown {
  const uuid = randomUUID();
  return p.pick<() => unknown>([
    () => uuid,
    () => uuid.slice(0, 35),
    () => `${uuid.slice(0, 14)}g${uuid.slice(15)}`,
    () => '00000000-0000-0000-0000-000000000000',
    () => '2019-06-03T02:15:00.000000Z',
    () => `2019-${String(p.int(0, 13)).padStart(2, '0')}-${String(p.int(0, 32)).padStart(2, '0')}T${String(p.int(0, 25)).padStart(2, '0')}:00:00.000000Z`,
    () => '0000-01-01T00:00:00.000000Z',
    () => '2019-06-03T10:15:00+08:00',
    () => 'yesterday',
    () => '0',
    () => '',
    () => 'x'.repeat(p.int(1, 3000)),
    () => '\u0000',
    () => '沙市监处罚〔2019〕118号',
    () => p.int(-5, 5),
    () => p.int(0, 2 ** 31 + 5),
    () => Number.MAX_SAFE_INTEGER + 2,
  ])();
}

function randomJson(p: Prng, depth = 0): unknown {
  const leaf = () => p.pick<() => unknown>([() => p.int(-1e6, 1e6), () => p.next().toString(36), () => null, () => p.next() < 0.5, () => poison(p)])();
  if (depth > 2) return leaf();
  return p.pick<() => unknown>([leaf, () => Array.from({ length: p.int(0, 4) }, () => randomJson(p, depth + 1)), () => ({ [p.next().toString(36).slice(2, 5)]: randomJson(p, depth + 1) })])();
}

/** Forged cursors: random bytes, text that is no base64url, base64url of random JSON, keys of 1–5 elements with a poisoned element, and plausible keys. */
function forgedCursors(p: Prng, count: number, real: string | null): Probe[] {
  const cursor = (kind: string, value: string, strict = true): Probe => ({ kind, query: `cursor=${encodeURIComponent(value)}`, names: ['cursor'], strict });
  const out: Probe[] = [
    cursor('fixed', ''),
    cursor('fixed', 'WyJ4IiwieSJd'),
    cursor('fixed', b64(JSON.stringify(['0', '00000000-0000-0000-0000-000000000000']))),
    cursor('fixed', b64('[1e400]')),
    cursor('fixed', 'A'.repeat(5000)),
    { kind: 'fixed', query: 'cursor=a&cursor=b', names: ['cursor'], strict: true },
    { kind: 'fixed', query: 'cursor=%00', names: ['cursor'], strict: true },
  ];
  for (let i = 0; out.length < count; i++) {
    switch (i % 6) {
      case 0:
        out.push(cursor('random bytes', b64(Uint8Array.from({ length: p.int(0, 120) }, () => p.int(0, 255)))));
        break;
      case 1:
        out.push(cursor('not base64url', Array.from({ length: p.int(1, 40) }, () => String.fromCharCode(p.int(32, 0x2fff))).join('') + p.pick(['=', '+', '/', '%', ' ', '.'])));
        break;
      case 2: {
        // Any JSON that is not an array, or an array holding something no key element is.
        const value = randomJson(p);
        const isArrayOfPlausible = Array.isArray(value) && value.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isSafeInteger(v)));
        out.push(cursor('base64 of random JSON', b64(JSON.stringify(value)), !isArrayOfPlausible));
        break;
      }
      case 3: {
        const key = Array.from({ length: p.int(1, 5) }, () => plausible(p));
        key[p.int(0, key.length - 1)] = poison(p);
        out.push(cursor('key with a wrong type', b64(JSON.stringify(key))));
        break;
      }
      case 4: {
        const key = Array.from({ length: p.int(0, 6) }, () => plausible(p));
        out.push(cursor('plausible key', b64(JSON.stringify(key)), false));
        break;
      }
      case 5: {
        if (real === null) break;
        const at = p.int(0, real.length - 1);
        const mutated = p.pick([
          () => real.slice(0, at),
          () => `${real}${p.pick(['A', '_', '-', 'AA'])}`,
          () => `${real.slice(0, at)}${p.pick(['A', 'z', '0', '-', '_'])}${real.slice(at + 1)}`,
          () => real.split('').reverse().join(''),
        ])();
        out.push(cursor('mutated real cursor', mutated, false));
        break;
      }
    }
  }
  return out;
}

/** Limits that are not a whole number from 1 to the list's most. */
function badLimits(p: Prng, count: number): Probe[] {
  const fixed = ['0', '-1', '1001', '99999999999999999999', '1.5', '1e2', '0x10', ' 5', '5 ', '', 'ten', '١٢', 'NaN', 'Infinity'];
  const out = fixed.map((l) => ({ kind: 'bad limit', query: `limit=${encodeURIComponent(l)}`, names: ['limit'], strict: true }));
  out.push({ kind: 'bad limit', query: 'limit=2&limit=3', names: ['limit'], strict: true });
  while (out.length < count) {
    const l = p.pick([() => String(-p.int(1, 1e6)), () => String(p.int(1001, 1e9)), () => `${p.int(1, 100)}.${p.int(1, 9)}`, () => p.next().toString(36).slice(2)])();
    out.push({ kind: 'bad limit', query: `limit=${encodeURIComponent(l)}`, names: ['limit'], strict: true });
  }
  return out;
}

/** How to fill in the path parameters and required query of each list the documents list; a new list fails here until it is added. */
function fill(service: Service, path: string, ctx: { campaign: string; district: string }): string {
  const table: Record<string, string> = {
    '/v1/committees': '/v1/committees',
    '/v1/disputes': '/v1/disputes',
    '/v1/cases': '/v1/cases',
    '/v1/reviews': '/v1/reviews',
    '/v1/lawsuits': '/v1/lawsuits',
    '/v1/documents': '/v1/documents',
    '/v1/contracts': '/v1/contracts',
    '/v1/engagements': '/v1/engagements',
    '/v1/agenda-meetings': '/v1/agenda-meetings',
    '/v1/cleanup-campaigns': '/v1/cleanup-campaigns',
    '/v1/units': '/v1/units',
    '/v1/coordination-groups': '/v1/coordination-groups',
    '/v1/committee-meetings': '/v1/committee-meetings',
    '/v1/exams': '/v1/exams',
    '/v1/contests': '/v1/contests',
    '/v1/works': '/v1/works',
    '/v1/publicity-activities': '/v1/publicity-activities',
    '/v1/media-items': '/v1/media-items',
    '/v1/surveys': '/v1/surveys',
    '/v1/village-assessments': '/v1/village-assessments',
    '/v1/campaigns': '/v1/campaigns',
    '/v1/campaigns/{id}/files': `/v1/campaigns/${ctx.campaign}/files`,
    '/v1/campaigns/{id}/problem-list': `/v1/campaigns/${ctx.campaign}/problem-list`,
    '/v1/reports/annual/{year}/{area}/cases': `/v1/reports/annual/2019/mediation/cases?figure=registered&district=${ctx.district}`,
    '/v1/reports/annual/{year}/filings': `/v1/reports/annual/2019/filings?district=${ctx.district}`,
    '/v1/reports/annual/{year}': `/v1/reports/annual/2019?against=filing:1&district=${ctx.district}`,
    '/v1/admin/dead-letters': '/v1/admin/dead-letters',
    '/v1/platforms': '/v1/platforms',
    '/v1/service-records': '/v1/service-records',
    '/v1/providers': '/v1/providers',
    '/v1/complaints': '/v1/complaints',
    '/v1/exam-sittings': '/v1/exam-sittings',
  };
  const url = table[path];
  if (!url) throw new Error(`${service}: GET ${path} takes a cursor; add it to the fill table of this suite`);
  return url;
}

const named = (body: any, name: string) =>
  body?.details?.field === name || (Array.isArray(body?.fields) && body.fields.some((f: { field: string }) => f.field === name));

describe('forged cursors and bad limits on every paged list', () => {
  const district = uniqueDistrict();
  const apps = {} as Record<Service, RunningApp>;
  const operations: ListOperation[] = [];
  const tally = new Tally();
  const violations: string[] = [];
  let campaign: string;

  beforeAll(async () => {
    await createPrivateTopics();
    [apps.mediation, apps['legal-aid'], apps['administrative-review'], apps['file-review'], apps['legal-affairs'], apps.reporting,
      apps['legal-education'],
    ] = await Promise.all([
      startMediation(district),
      startLegalAid(district),
      startAdminReview(district),
      startFileReview(district),
      startLegalAffairs(district),
      startReporting(district, `test-forged-cursors-${randomUUID()}`),
      startLegalEducation(district),
    ]);
    apps['public-legal-services'] = await startPublicLegalServices(district);
    // Two of everything, so each list has a real nextCursor to mutate.
    const code = uniqueCode('FZC');
    for (const c of [code, `${code}-2`]) await apps.mediation.http.post('/v1/committees', { code: c, name: '游标调委会', kind: 'community' });
    for (let i = 0; i < 2; i++) {
      await apps.mediation.http.post('/v1/disputes', { committeeCode: code, category: 'neighbourhood', source: 'walk-in', receivedAt: '2019-06-03T10:15:00+08:00', partyCount: 2 });
      await apps['legal-aid'].http.post('/v1/cases', { applicantGroups: ['elderly'], caseType: 'civil', matter: 'family', channel: 'walk-in', appliedAt: '2019-05-06T09:00:00+08:00' });
      await apps['administrative-review'].http.post('/v1/reviews', { receivedAt: '2019-05-06T09:00:00+08:00', channel: 'online', respondentAgency: '游标局', matter: 'penalty' });
      await apps['administrative-review'].http.post('/v1/lawsuits', { filedAt: '2019-05-06T09:00:00+08:00', defendantAgency: '游标局', court: '沙坪坝区人民法院', matter: 'penalty' });
      await apps['legal-affairs'].http.post('/v1/documents', documentBody('2019-05-06T09:00:00+08:00'));
      await apps['legal-affairs'].http.post('/v1/contracts', contractBody('2019-05-06T09:00:00+08:00'));
      await apps['legal-affairs'].http.post('/v1/engagements', engagementBody('2019-05-06T09:00:00+08:00'));
      await apps['legal-affairs'].http.post('/v1/agenda-meetings', { kind: 'party-group', heldAt: '2019-05-06T09:00:00+08:00', subject: '游标议题' });
      await apps['legal-affairs'].http.post('/v1/cleanup-campaigns', { title: '游标清理', startedAt: '2019-05-06T09:00:00+08:00' });
      await apps['legal-affairs'].http.post('/v1/units', { name: `游标单位-${randomUUID()}`, registeredAt: '2019-05-06T09:00:00+08:00' });
      await apps['legal-affairs'].http.post('/v1/coordination-groups', { field: 'judiciary', name: '司法协调小组', establishedAt: '2019-05-06T09:00:00+08:00' });
      await apps['legal-affairs'].http.post('/v1/committee-meetings', { number: i + 1, heldAt: '2019-05-06T09:00:00+08:00', subject: '游标会议' });
      await apps['legal-education'].http.post('/v1/exams', examBody('2019-05-06T09:00:00+08:00'));
      await apps['legal-education'].http.post('/v1/contests', { title: '游标竞赛', kind: 'constitution', openedAt: '2019-05-06T09:00:00+08:00' });
      await apps['legal-education'].http.post('/v1/works', { title: '游标作品', kind: 'micro-video', series: 'other', releasedAt: '2019-05-06T09:00:00+08:00' });
      await apps['legal-education'].http.post('/v1/publicity-activities', { unit: '游标单位', kind: 'publicity', heldAt: '2019-05-06T09:00:00+08:00', subject: '游标活动' });
      await apps['legal-education'].http.post('/v1/media-items', { level: 'city', outlet: '游标报', headline: '游标信息', adoptedAt: '2019-05-06T09:00:00+08:00' });
      await apps['legal-education'].http.post('/v1/surveys', { conductedAt: '2019-05-06T09:00:00+08:00', respondents: 10, aware: 9, participated: 8, satisfied: 9 });
      await apps['legal-education'].http.post('/v1/village-assessments', { village: '游标村', assessedAt: '2019-05-06T09:00:00+08:00', meetsStandard: true });
      await apps.reporting.http.post('/v1/reports/annual/2019/filings', { district });
      const platform = (await apps['public-legal-services'].http.post('/v1/platforms', platformBody('2019-05-06T09:00:00+08:00'))).body.id;
      await apps['public-legal-services'].http.post('/v1/service-records', serviceBody(platform, '2019-05-06T09:00:00+08:00'));
      await apps['public-legal-services'].http.post('/v1/providers', { kind: 'law-firm', name: '游标律所', registeredAt: '2019-05-06T09:00:00+08:00' });
      await apps['public-legal-services'].http.post('/v1/complaints', { against: 'lawyer', summary: '游标投诉', receivedAt: '2019-05-06T09:00:00+08:00' });
      await apps['public-legal-services'].http.post('/v1/exam-sittings', { heldAt: '2019-05-06T09:00:00+08:00', candidates: 10, incidents: 0, complaints: 0 });
    }
    campaign = (await apps['file-review'].http.post('/v1/campaigns', { year: 2022, title: `游标 ${randomUUID()}`, panel: [{ role: 'scholar' }] })).body.id;
    await apps['file-review'].http.post(`/v1/campaigns/${campaign}/files`, { files: penaltyFiles('游标罚', 3) });
    for (const service of SERVICES) {
      const doc = await apps[service].http.get('/docs-json');
      expect(doc.status).toBe(200);
      for (const [path, item] of Object.entries<any>(doc.body.paths)) {
        const params: { name: string; in: string }[] = item.get?.parameters ?? [];
        if (params.some((p) => p.name === 'cursor' && p.in === 'query')) operations.push({ service, key: `GET ${path}`, url: fill(service, path, { campaign, district }) });
      }
    }
    // The drill-through once more, on legal affairs: the two documents above, once reporting has
    // applied them, so that list has a real cursor to mutate too.
    await settled(apps.reporting, [apps['legal-affairs']]);
    operations.push({ service: 'reporting', key: 'GET /v1/reports/annual/{year}/legal-affairs/cases', url: `/v1/reports/annual/2019/legal-affairs/cases?figure=documentsSubmitted&district=${district}` });
  });

  afterAll(async () => {
    console.log(`forged-cursor fuzz (seed ${SEED}): ${operations.length} operations\n${tally.table()}`);
    await Promise.all(Object.values(apps).map((a) => a?.close()));
  });

  it('finds the paged lists of every service in their documents', () => {
    expect(operations.map((o) => `${o.service} ${o.key}`).sort()).toEqual(
      [
        'administrative-review GET /v1/lawsuits',
        'administrative-review GET /v1/reviews',
        'file-review GET /v1/campaigns',
        'file-review GET /v1/campaigns/{id}/files',
        'file-review GET /v1/campaigns/{id}/problem-list',
        'legal-aid GET /v1/cases',
        'legal-affairs GET /v1/agenda-meetings',
        'legal-affairs GET /v1/cleanup-campaigns',
        'legal-affairs GET /v1/committee-meetings',
        'legal-affairs GET /v1/coordination-groups',
        'legal-affairs GET /v1/units',
        'legal-affairs GET /v1/contracts',
        'legal-affairs GET /v1/documents',
        'legal-affairs GET /v1/engagements',
        'legal-education GET /v1/exams',
        'legal-education GET /v1/contests',
        'legal-education GET /v1/works',
        'legal-education GET /v1/publicity-activities',
        'legal-education GET /v1/media-items',
        'legal-education GET /v1/surveys',
        'legal-education GET /v1/village-assessments',
        'mediation GET /v1/committees',
        'mediation GET /v1/disputes',
        'reporting GET /v1/reports/annual/{year}',
        'reporting GET /v1/reports/annual/{year}/filings',
        'reporting GET /v1/reports/annual/{year}/{area}/cases',
        'reporting GET /v1/reports/annual/{year}/legal-affairs/cases',
        'reporting GET /v1/admin/dead-letters',
        'public-legal-services GET /v1/platforms',
        'public-legal-services GET /v1/service-records',
        'public-legal-services GET /v1/providers',
        'public-legal-services GET /v1/complaints',
        'public-legal-services GET /v1/exam-sittings',
      ].sort(),
    );
  });

  it('answers every forged cursor and bad limit of every list with a 4xx naming the parameter, and none with a 5xx', async () => {
    const headers = authHeaders('admin');
    const work: { op: ListOperation; probe: Probe }[] = [];
    for (const op of operations) {
      const prng = new Prng(`${SEED}:${op.key}`);
      const sep = op.url.includes('?') ? '&' : '?';
      const first = await apps[op.service].http.get(`${op.url}${sep}limit=1`);
      expect(first.status).toBe(200);
      const real: string | null = first.body.nextCursor ?? null;
      for (const probe of [...forgedCursors(prng, PER_OPERATION, real), ...badLimits(prng, Math.ceil(PER_OPERATION / 8))]) work.push({ op, probe });
    }
    await runPool(work, 8, async ({ op, probe }) => {
      const path = `${op.url}${op.url.includes('?') ? '&' : '?'}${probe.query}`;
      let status = 0;
      let body: any;
      try {
        const res = await fetch(`${apps[op.service].url}${path}`, { headers });
        status = res.status;
        const text = await res.text();
        body = text ? JSON.parse(text) : undefined;
      } catch (err) {
        body = String(err);
      }
      tally.count(`${op.service} ${op.key.replace(/^GET \/v1\//, '')}`.slice(0, 22), probe.kind, status);
      const isName = status >= 400 && status < 500 && probe.names.every((n) => named(body, n) && String(body?.message ?? '').includes(n));
      const wrong = status === 0 || status >= 500 ? `answered ${status}` : probe.strict && !isName ? `answered ${status} without naming ${probe.names.join(', ')}` : !probe.strict && status >= 400 && !isName ? `refused (${status}) without naming ${probe.names.join(', ')}` : null;
      if (wrong) violations.push(`${op.service} ${path.slice(0, 160)} [${probe.kind}] ${wrong}: ${JSON.stringify(body)?.slice(0, 200)}`);
    });
    expect(tally.total().requests).toBeGreaterThanOrEqual(operations.length * PER_OPERATION);
    expect(violations.slice(0, 30)).toEqual([]);
  });
});
