import { parseEvent } from '@casetrack/contracts';
import { DEV_TOKEN_PUBLIC_KEY, readTokenSigning, Role, ROLES } from '@casetrack/platform';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { endpointGroups, mayUse, ServiceName } from './support/access-table';
import { startAdminReview } from './support/admin-review-app';
import { RunningApp, startMediation, startReporting } from './support/apps';
import { authHeaders, foreignSigning, rawToken, tokenFor } from './support/auth';
import { startFileReview } from './support/file-review-app';
import { HttpClient } from './support/http-client';
import { startLegalAffairs } from './support/legal-affairs-app';
import { startPublicLegalServices } from './support/public-legal-services-app';
import { startLegalEducation } from './support/legal-education-app';
import { startLegalAid } from './support/legal-aid-app';
import { TEST_DATABASE_URL, uniqueCode, uniqueDistrict } from './support/test-env';

jest.setTimeout(180_000);

describe('access control across the services', () => {
  const district = uniqueDistrict();
  const own = uniqueCode('ACL-OWN');
  const other = uniqueCode('ACL-OTHER');
  const apps = {} as Record<ServiceName, RunningApp>;
  let db: Client;

  beforeAll(async () => {
    db = new Client({ connectionString: TEST_DATABASE_URL });
    [apps.mediation, apps['legal-aid'], apps['administrative-review'], apps['file-review'], apps['legal-affairs'], apps.reporting,
      apps['legal-education'],
    ] = await Promise.all([
      // A pool of two connections: concurrent requests of different users then wait for each other's connections.
      startMediation(district, { databasePoolSize: 2 }),
      startLegalAid(district),
      startAdminReview(district),
      startFileReview(district),
      startLegalAffairs(district),
      startReporting(district, `test-access-${randomUUID()}`),
      startLegalEducation(district),
      db.connect(),
    ]);
    apps['public-legal-services'] = await startPublicLegalServices(district);
    for (const code of [own, other])
      expect((await apps.mediation.http.post('/v1/committees', { code, name: '社区人民调解委员会', kind: 'community' })).status).toBe(201);
  });

  afterAll(async () => {
    await db?.end();
    await Promise.all(Object.values(apps).map((a) => a?.close()));
  });

  const as = (service: ServiceName, role: Role, sub?: string) =>
    new HttpClient(apps[service].url, authHeaders(role, role === 'mediation-clerk' ? own : undefined, { sub }));
  const clerk = (sub?: string) => as('mediation', 'mediation-clerk', sub);
  const dispute = (committeeCode: string) => ({ committeeCode, category: 'neighbourhood', source: 'walk-in', receivedAt: '2019-06-03T10:15:00+08:00', partyCount: 2 });
  const outbox = async (schema: string, caseId: string) =>
    (await db.query(`SELECT value FROM "${schema}".outbox WHERE partition_key = $1 ORDER BY id`, [caseId])).rows.map((r) => JSON.parse(r.value));

  describe('each role against each endpoint group', () => {
    const cases = endpointGroups(district).flatMap((g) => ROLES.map((role) => ({ ...g, role, allowed: mayUse(g, role) })));

    it.each(cases)('$service $group ($method $path) as $role: allowed $allowed', async ({ service, method, path, role, allowed }) => {
      const res = await as(service, role).request(method, path, method === 'POST' ? {} : undefined);
      if (allowed) {
        expect([401, 403]).not.toContain(res.status);
        expect(res.status).toBeLessThan(500);
      } else {
        expect(res.status).toBe(403);
        expect(res.body).toMatchObject({ statusCode: 403, error: 'Forbidden', code: 'AUTH.FORBIDDEN_ROLE', details: { role } });
      }
    });
  });

  describe('tokens', () => {
    const services: ServiceName[] = [
      'mediation', 'legal-aid', 'administrative-review', 'file-review', 'legal-affairs', 'reporting',
      'public-legal-services',
      'legal-education',
    ];
    const probe = (service: ServiceName) => endpointGroups(district).find((g) => g.service === service && g.method === 'GET')!.path;
    const call = (service: ServiceName, headers: Record<string, string>) => new HttpClient(apps[service].url, headers).get(probe(service));

    it.each(services)('%s answers 401 AUTH.MISSING_TOKEN in the error shape, with WWW-Authenticate, to a request without a token', async (service) => {
      const res = await call(service, {});
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ statusCode: 401, error: 'Unauthorized', code: 'AUTH.MISSING_TOKEN', message: expect.stringContaining('Bearer') });
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
    });

    it.each(services)('%s answers 401 AUTH.EXPIRED_TOKEN to a token that expired', async (service) => {
      const expired = tokenFor('admin', undefined, { now: new Date(Date.now() - 3_600_000), ttl: '15m' });
      const res = await call(service, { authorization: `Bearer ${expired}` });
      expect([res.status, res.body.code]).toEqual([401, 'AUTH.EXPIRED_TOKEN']);
      expect(res.body.message).toMatch(/expired at \d{4}-/);
    });

    it.each(services)('%s answers 401 AUTH.INVALID_TOKEN to a token signed with another key', async (service) => {
      const forged = tokenFor('admin', undefined, { signing: foreignSigning() });
      expect((await call(service, { authorization: `Bearer ${forged}` })).body).toMatchObject({ statusCode: 401, code: 'AUTH.INVALID_TOKEN' });
    });

    it.each(services)('%s answers 401 AUTH.INVALID_TOKEN to an HS256 token, even one keyed with its own public key', async (service) => {
      const { issuer, audience } = readTokenSigning();
      const iat = Math.floor(Date.now() / 1000);
      const claims = { sub: 'u-1', role: 'admin', iss: issuer, aud: audience, iat, exp: iat + 600 };
      for (const secret of ['casetrack-local-development-secret', DEV_TOKEN_PUBLIC_KEY]) {
        const res = await call(service, { authorization: `Bearer ${rawToken({ alg: 'HS256', typ: 'JWT' }, claims, secret)}` });
        expect([res.status, res.body.code, res.body.message]).toEqual([401, 'AUTH.INVALID_TOKEN', expect.stringContaining('"alg"')]);
      }
    });

    it.each([
      ['a malformed token', 'Bearer not.a.jwt'],
      ['another scheme', `Basic ${Buffer.from('admin:admin').toString('base64')}`],
      ['an unknown role', `Bearer ${unknownRoleToken()}`],
    ])('answers 401 AUTH.INVALID_TOKEN to %s', async (_, authorization) => {
      expect((await call('mediation', { authorization })).body).toMatchObject({ statusCode: 401, code: 'AUTH.INVALID_TOKEN' });
    });

    it('writes nothing for a request without a token', async () => {
      const res = await new HttpClient(apps.mediation.url).post('/v1/disputes', dispute(own));
      expect(res.status).toBe(401);
      expect((await db.query('SELECT count(*)::int AS n FROM mediation.disputes WHERE committee_code = $1', [own])).rows[0].n).toBe(0);
    });

    it.each(services)('%s serves /health, /docs and /docs-json without a token, and documents bearer auth on every other route', async (service) => {
      const anonymous = new HttpClient(apps[service].url);
      const [health, docs, spec] = await Promise.all([anonymous.get('/health'), anonymous.get('/docs'), anonymous.get('/docs-json')]);
      expect([health.status, docs.status, spec.status]).toEqual([200, 200, 200]);
      expect(spec.body.security).toEqual([{ bearer: [] }]);
      expect(spec.body.paths['/health'].get.security).toEqual([]);
    });
  });

  describe('a mediation clerk bound to one committee', () => {
    let othersDispute: string;

    beforeAll(async () => {
      const res = await apps.mediation.http.post('/v1/disputes', dispute(other));
      expect(res.status).toBe(201);
      othersDispute = res.body.id;
    });

    const status = async (id: string) => (await apps.mediation.http.get(`/v1/disputes/${id}`)).body.status;

    it('may not register a dispute for another committee, and nothing is written', async () => {
      const before = (await db.query('SELECT count(*)::int AS n FROM mediation.disputes WHERE committee_code = $1', [other])).rows[0].n;
      const res = await clerk().post('/v1/disputes', dispute(other), { 'Idempotency-Key': randomUUID() });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: 'AUTH.FORBIDDEN_UNIT', details: { unit: own } });
      expect(JSON.stringify(res.body)).not.toContain(other);
      expect((await db.query('SELECT count(*)::int AS n FROM mediation.disputes WHERE committee_code = $1', [other])).rows[0].n).toBe(before);
    });

    it.each([
      ['conclude', 'conclusion', { result: 'success', concludedAt: '2019-06-10T16:00:00+08:00' }],
      ['withdraw', 'withdrawal', { withdrawnAt: '2019-06-10T16:00:00+08:00' }],
    ])('may not %s another committee\'s dispute: 403, the dispute stays registered, no event', async (_, action, body) => {
      const res = await clerk().post(`/v1/disputes/${othersDispute}/${action}`, body, { 'Idempotency-Key': randomUUID() });
      expect([res.status, res.body.code]).toEqual([403, 'AUTH.FORBIDDEN_UNIT']);
      expect(await status(othersDispute)).toBe('registered');
      expect((await outbox('mediation', othersDispute)).map((e) => e.type)).toEqual(['mediation.dispute.registered']);
    });

    it('gets no stored answer of another committee\'s dispute by replaying its Idempotency-Key', async () => {
      const key = randomUUID();
      const body = { withdrawnAt: '2019-06-04T09:00:00+08:00' };
      const res = await apps.mediation.http.post('/v1/disputes', dispute(other));
      expect((await apps.mediation.http.post(`/v1/disputes/${res.body.id}/withdrawal`, body, { 'Idempotency-Key': key })).status).toBe(200);
      expect((await clerk().post(`/v1/disputes/${res.body.id}/withdrawal`, body, { 'Idempotency-Key': key })).status).toBe(403);
    });

    it('may not read another committee\'s dispute, nor list its disputes, and the 403 does not say whose it is', async () => {
      const read = await clerk().get(`/v1/disputes/${othersDispute}`);
      expect([read.body.code, read.body.details]).toEqual(['AUTH.FORBIDDEN_UNIT', { unit: own }]);
      expect(JSON.stringify(read.body)).not.toContain(other);
      expect((await clerk().get(`/v1/disputes?committeeCode=${other}`)).body.code).toBe('AUTH.FORBIDDEN_UNIT');
    });

    it('registers, reads, concludes and withdraws disputes of their own committee, and lists only those', async () => {
      const registered = await clerk().post('/v1/disputes', dispute(own));
      expect([registered.status, registered.body.committeeCode]).toEqual([201, own]);
      const id = registered.body.id;
      expect((await clerk().get(`/v1/disputes/${id}`)).status).toBe(200);
      expect((await clerk().post(`/v1/disputes/${id}/conclusion`, { result: 'success', concludedAt: '2019-06-10T16:00:00+08:00' })).body.status).toBe('succeeded');
      const second = await clerk().post('/v1/disputes', dispute(own));
      expect((await clerk().post(`/v1/disputes/${second.body.id}/withdrawal`, { withdrawnAt: '2019-06-04T09:00:00+08:00' })).body.status).toBe('withdrawn');
      const listed = await clerk().get('/v1/disputes?limit=500');
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining([id, second.body.id]));
      expect(new Set(listed.body.items.map((d: { committeeCode: string }) => d.committeeCode))).toEqual(new Set([own]));
      expect((await clerk().get(`/v1/disputes?committeeCode=${own}`)).status).toBe(200);
    });
  });

  describe('the acting user in every event', () => {
    it('records the clerk\'s id (the token\'s sub, never a name) on each event of their dispute', async () => {
      const sub = `clerk-${randomUUID()}`;
      const res = await clerk(sub).post('/v1/disputes', dispute(own));
      await clerk(sub).post(`/v1/disputes/${res.body.id}/conclusion`, { result: 'failure', concludedAt: '2019-06-10T16:00:00+08:00' });
      const events = await outbox('mediation', res.body.id);
      expect(events.map((e) => [e.type, e.actorId])).toEqual([['mediation.dispute.registered', sub], ['mediation.dispute.concluded', sub]]);
      for (const e of events) expect(parseEvent(JSON.stringify(e)).ok).toBe(true);
    });

    it('keeps each user\'s id on their own event when many act at once', async () => {
      const subs = Array.from({ length: 12 }, (_, i) => `clerk-${i}-${randomUUID().slice(0, 8)}`);
      const created = await Promise.all(subs.map((sub) => clerk(sub).post('/v1/disputes', dispute(own))));
      const actors = await Promise.all(created.map(async (r) => (await outbox('mediation', r.body.id))[0].actorId));
      expect(actors).toEqual(subs);
    });

    it.each([
      ['legal-aid', 'legal_aid', 'legal-aid-officer', '/v1/cases', { applicantGroups: ['elderly'], caseType: 'civil', matter: 'family', channel: 'walk-in', appliedAt: '2019-05-06T09:00:00+08:00' }],
      ['administrative-review', 'admin_review', 'review-officer', '/v1/reviews', { receivedAt: '2019-05-06T09:00:00+08:00', channel: 'online', respondentAgency: '沙坪坝区市场监督管理局', matter: 'penalty' }],
      ['file-review', 'file_review', 'enforcement-supervisor', '/v1/campaigns', { year: 2019, title: `评查 ${randomUUID()}`, panel: [{ role: 'scholar' }] }],
      ['legal-affairs', 'legal_affairs', 'legal-affairs-officer', '/v1/documents', { unit: '沙坪坝区司法局', title: '访问控制测试文件', kind: 'other', submittedAt: '2019-05-06T09:00:00+08:00' }],
      ['public-legal-services', 'public_legal_services', 'public-legal-services-officer', '/v1/exam-sittings', { heldAt: '2019-10-19T08:00:00+08:00', candidates: 10, incidents: 0, complaints: 0 }],
      ['legal-education', 'legal_education', 'legal-education-officer', '/v1/exams', { title: '访问控制测试考试', audience: 'annual-leaders', scheduledAt: '2019-05-06T09:00:00+08:00', candidatesExpected: 10 }],
      ['mediation', 'mediation', 'admin', '/v1/committees', { code: uniqueCode('ACL-NEW'), name: '新设调委会', kind: 'township' }],
    ] as const)('records the %s user\'s id on the event of what they created', async (service, schema, role, path, body) => {
      const sub = `${role}-${randomUUID()}`;
      const res = await as(service, role, sub).post(path, body);
      expect(res.status).toBe(201);
      const [event] = await outbox(schema, res.body.id);
      expect(event.actorId).toBe(sub);
    });
  });
});

/** A correctly signed token (the development key) for a role no service knows. */
function unknownRoleToken(): string {
  const { privateKey, issuer, audience } = readTokenSigning();
  const iat = Math.floor(Date.now() / 1000);
  return rawToken({ alg: 'EdDSA', typ: 'JWT' }, { sub: 'u-1', role: 'root', iss: issuer, aud: audience, iat, exp: iat + 600 }, privateKey);
}
