import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startAdminReview } from './support/admin-review-app';
import { RunningApp, startMediation } from './support/apps';
import { authHeaders } from './support/auth';
import { startFileReview } from './support/file-review-app';
import { startLegalAid } from './support/legal-aid-app';
import { SettableClock } from './support/settable-clock';
import { uniqueCode, uniqueDistrict } from './support/test-env';

// Issue 12 §4: malformed input is a 4xx everywhere, from the shared bootstrap. Each service runs on
// a clock pinned to the first instant of 2020 in Chongqing, so "the future" is known exactly.
const NOW = '2020-01-01T00:00:00+08:00';
/** 301 s after NOW: beyond the default skew of 300 s. */
const FUTURE = '2020-01-01T00:05:01+08:00';
/** Exactly NOW plus the skew: still accepted. */
const AT_SKEW = '2020-01-01T00:05:00+08:00';

interface Service {
  name: string;
  start: (district: string, clock: SettableClock) => Promise<RunningApp>;
}

const SERVICES: Service[] = [
  { name: 'mediation', start: (d, c) => startMediation(d, {}, c) },
  { name: 'legal-aid', start: (d, c) => startLegalAid(d, {}, c) },
  { name: 'administrative-review', start: (d, c) => startAdminReview(d, c) },
  { name: 'file-review', start: (d, c) => startFileReview(d, {}, c) },
];

const apps = new Map<string, RunningApp>();
const clock = new SettableClock(NOW);

beforeAll(async () => {
  const district = uniqueDistrict();
  await Promise.all(SERVICES.map(async (s) => apps.set(s.name, await s.start(district, clock))));
});

afterAll(async () => {
  await Promise.all([...apps.values()].map((a) => a.close()));
});

const app = (name: string) => apps.get(name)!;

/** How many rows of the service's schema (outbox included, its JSON read as text) mention `marker`. */
async function mentions(service: RunningApp, marker: string): Promise<number> {
  const db = service.app.get(DataSource);
  const schema = service.app.get<string>('PLATFORM_SCHEMA');
  const tables: { table_name: string }[] = await db.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`,
    [schema],
  );
  let n = 0;
  for (const { table_name } of tables) {
    const [row] = await db.query(`SELECT count(*)::int AS n FROM "${schema}"."${table_name}" x WHERE to_jsonb(x)::text LIKE '%' || $1 || '%'`, [marker]);
    n += row.n;
  }
  return n;
}

/** Posts, expects a 400 naming exactly `field` as a future time, and checks no row gained a mention of `marker`. */
async function refusedAsFuture(service: RunningApp, path: string, body: unknown, field: string, marker: string) {
  const before = await mentions(service, marker);
  const res = await service.http.post(path, body, { 'Idempotency-Key': `future-${randomUUID()}` });
  expect({ status: res.status, code: res.body.code, fields: res.body.fields?.map((f: { field: string }) => f.field) }).toEqual({ status: 400, code: 'VALIDATION_FAILED', fields: [field] });
  expect(res.body.message).toContain(`${field} must not be in the future`);
  expect(await mentions(service, marker)).toBe(before);
}

const created = async (service: RunningApp, path: string, body: unknown) => {
  const res = await service.http.post(path, body);
  expect({ status: res.status, body: res.body }).toEqual({ status: 201, body: expect.objectContaining({ id: expect.any(String) }) });
  return res.body.id as string;
};

describe('business times later than the service clock plus the skew are refused with a 400 naming the field, writing nothing', () => {
  afterEach(() => clock.set(NOW));

  it('mediation: a future receivedAt and a future concludedAt', async () => {
    const m = app('mediation');
    const committee = uniqueCode('FUT');
    expect((await m.http.post('/v1/committees', { code: committee, name: '未来调委会', kind: 'community' })).status).toBe(201);
    const summary = `future-${randomUUID()}`;
    const dispute = { committeeCode: committee, category: 'neighbourhood', source: 'walk-in', partyCount: 2, summary };
    await refusedAsFuture(m, '/v1/disputes', { ...dispute, receivedAt: FUTURE }, 'receivedAt', summary);
    await refusedAsFuture(m, '/v1/committees', { code: uniqueCode('FUT'), name: `调委会 ${summary}`, kind: 'community', establishedAt: FUTURE }, 'establishedAt', summary);

    const id = await created(m, '/v1/disputes', { ...dispute, receivedAt: '2019-12-31T23:59:00+08:00' });
    await refusedAsFuture(m, `/v1/disputes/${id}/conclusion`, { result: 'failure', concludedAt: FUTURE }, 'concludedAt', id);
    expect((await m.http.get(`/v1/disputes/${id}`)).body.status).toBe('registered');
    expect((await m.http.post(`/v1/disputes/${id}/conclusion`, { result: 'failure', concludedAt: AT_SKEW })).status).toBe(200);
  });

  it('legal aid: a future appliedAt and a future acceptedAt', async () => {
    const l = app('legal-aid');
    const name = `未来${randomUUID().slice(0, 8)}`;
    const application = { applicantGroups: ['migrant-worker'], caseType: 'civil', matter: 'wage-arrears', channel: 'hotline-12348', applicantName: name };
    await refusedAsFuture(l, '/v1/cases', { ...application, appliedAt: FUTURE }, 'appliedAt', name);
    const id = await created(l, '/v1/cases', { ...application, appliedAt: '2019-12-30T09:00:00+08:00' });
    await refusedAsFuture(l, `/v1/cases/${id}/acceptance`, { acceptedAt: FUTURE }, 'acceptedAt', id);
    expect((await l.http.get(`/v1/cases/${id}`)).body.status).toBe('applied');
  });

  it('administrative review: a future receivedAt and a future filedAt, and the skew moves with the clock', async () => {
    const a = app('administrative-review');
    const agency = `区未来局-${uniqueCode()}`;
    const review = { channel: 'online', respondentAgency: agency, matter: 'penalty' };
    await refusedAsFuture(a, '/v1/reviews', { ...review, receivedAt: FUTURE }, 'receivedAt', agency);
    await refusedAsFuture(a, '/v1/lawsuits', { filedAt: FUTURE, defendantAgency: agency, court: '重庆铁路运输法院', matter: 'licensing' }, 'filedAt', agency);
    clock.set('2020-01-01T00:00:01+08:00');
    await created(a, '/v1/reviews', { ...review, receivedAt: FUTURE });
  });

  it('file review: a future decidedAt inside the pooled files, named by its path', async () => {
    const f = app('file-review');
    const campaign = await created(f, '/v1/campaigns', { year: 2019, title: `案卷评查 ${randomUUID()}`, panel: [{ role: 'legal-adviser' }] });
    const agency = `未来局-${randomUUID().slice(0, 8)}`;
    const file = (n: number, decidedAt: string) => ({ agency, fileNumber: `沙未来〔2019〕${n}号`, penaltyType: 'fine', decidedAt });
    await refusedAsFuture(f, `/v1/campaigns/${campaign}/files`, { files: [file(1, '2019-06-03T10:15:00+08:00'), file(2, FUTURE)] }, 'files[1].decidedAt', agency);
  });
});

describe.each(SERVICES.map((s) => s.name))('the transport of %s', (name) => {
  // Every service has a root POST; which one does not matter for the transport.
  const path = { mediation: '/v1/disputes', 'legal-aid': '/v1/cases', 'administrative-review': '/v1/reviews', 'file-review': '/v1/campaigns' }[name]!;

  it('answers a 2 MiB body with 413 in the error body shape', async () => {
    const res = await app(name).http.post(path, JSON.stringify({ pad: 'p'.repeat(2 * 1024 * 1024) }));
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ statusCode: 413, error: 'Payload Too Large', code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('1 MiB') });
  });

  it.each([
    ['text/plain', '{"a":1}'],
    ['application/xml', '<a>1</a>'],
    ['application/x-www-form-urlencoded', 'a=1'],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n'],
  ])('answers a %s body with 415 naming the content type', async (type, body) => {
    const res = await app(name).http.post(path, body, { 'content-type': type });
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type', code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(res.body.message).toContain(type);
  });

  it('answers a body without a content type with 415 saying none was given', async () => {
    const service = app(name);
    const res = await fetch(`${service.url}${path}`, { method: 'POST', headers: authHeaders('admin'), body: new TextEncoder().encode('{"a":1}') });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringContaining('without a Content-Type') });
  });

  it('still takes JSON with a charset', async () => {
    const res = await app(name).http.post(path, '{}', { 'content-type': 'application/json; charset=utf-8' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });
});
