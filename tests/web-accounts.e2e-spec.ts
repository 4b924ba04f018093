import { spawn } from 'node:child_process';
import { createPublicKey, randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { verify } from '@node-rs/argon2';
import { jwtVerify } from 'jose';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AddAccountHandler } from '../apps/web/src/accounts/commands/add-account/add-account.handler';
import { DEV_TOKEN_PUBLIC_KEY } from '@casetrack/platform';
import { FORWARDED_SERVICES } from '../apps/web/src/config';
import { RunningApp, startMediation } from './support/apps';
import { SettableClock } from './support/settable-clock';
import { TEST_DATABASE_URL, uniqueCode, uniqueDistrict } from './support/test-env';
import { Browser, startWeb } from './support/web-app';

// The web app's back end through HTTP, against the real PostgreSQL: accounts, sign-in, sessions,
// CSRF, throttling, the operators' CLI, and the forwarding of /api/svc/… to the services.
const ROOT = join(__dirname, '..');
const PASSWORD = 'correct horse battery';

interface Captured {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

describe('the web app (accounts and sign-in)', () => {
  const clock = new SettableClock(new Date().toISOString());
  const run = randomUUID().slice(0, 8);
  const name = (who: string) => `${who}-${run}`;
  let web: RunningApp;
  let mediation: RunningApp;
  let db: DataSource;
  let upstream: Server;
  const captured: Captured[] = [];
  const ids: Record<string, string> = {};

  const add = async (who: string, role: string, unit?: string) => {
    const { account } = await web.app.get(AddAccountHandler).execute({ username: name(who), role, unit, displayName: who }, PASSWORD);
    ids[who] = account.id;
  };
  const signedIn = async (who: string) => {
    const b = new Browser(web.url);
    expect((await b.signIn(name(who), PASSWORD)).status).toBe(200);
    return b;
  };
  const sessionRows = async (who: string) => Number((await db.query(`SELECT count(*) AS n FROM web.sessions WHERE account_id = $1`, [ids[who]]))[0].n);

  beforeAll(async () => {
    // Stands in for all five services: records each request and answers 201 with a JSON body.
    upstream = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        captured.push({ method: req.method!, url: req.url!, headers: req.headers, body });
        res.writeHead(201, { 'content-type': 'application/json', 'idempotent-replayed': 'true', 'set-cookie': 'upstream=1' });
        res.end(JSON.stringify({ ok: true }));
      });
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    const serviceUrls = Object.fromEntries(FORWARDED_SERVICES.map((s) => [s, `${url}/${s}-base`])) as Record<(typeof FORWARDED_SERVICES)[number], string>;
    // The mediation service is the real one: the tokens the web app mints must open it.
    mediation = await startMediation(uniqueDistrict());
    serviceUrls.mediation = mediation.url;
    web = await startWeb({ serviceUrls }, clock);
    db = web.app.get(DataSource);
    await add('admin', 'admin');
    await add('clerk', 'mediation-clerk', 'SPB-POLICE-01');
    await add('reader', 'report-reader');
  });

  // Every test signs in from 127.0.0.1: failures of one must not throttle the next.
  beforeEach(async () => {
    clock.set(new Date().toISOString());
    await db.query(`DELETE FROM web.sign_in_failures`);
  });

  afterAll(async () => {
    await web?.close();
    await mediation?.close();
    await new Promise<void>((r) => upstream.close(() => r()));
  });

  describe('sign-in', () => {
    it('sets an HttpOnly, SameSite=Strict session cookie and answers who signed in with a CSRF token', async () => {
      const b = new Browser(web.url);
      const res = await b.signIn(name('clerk'), PASSWORD);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        account: { id: ids.clerk, username: name('clerk'), displayName: 'clerk', role: 'mediation-clerk', unit: 'SPB-POLICE-01', mustChangePassword: false },
        csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      });
      const cookie = res.headers.get('set-cookie')!;
      expect(cookie).toMatch(/^casetrack_session=[A-Za-z0-9_-]{43}; /);
      expect(cookie.split('; ')).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/']));
      expect(cookie).not.toContain('Secure');
      const me = await b.request('GET', '/api/session');
      expect({ status: me.status, username: me.body.account.username, csrf: me.body.csrfToken }).toEqual({ status: 200, username: name('clerk'), csrf: res.body.csrfToken });
    });

    it('stores the session token only as its SHA-256', async () => {
      const b = await signedIn('reader');
      const token = b.cookie!.split('=')[1];
      const rows = await db.query(`SELECT id FROM web.sessions WHERE account_id = $1`, [ids.reader]);
      expect(rows.map((r: { id: string }) => r.id)).toContain(require('node:crypto').createHash('sha256').update(token).digest('hex'));
      expect(rows.map((r: { id: string }) => r.id)).not.toContain(token);
    });

    it('finds the account whatever the case of the username', async () => {
      expect((await new Browser(web.url).signIn(name('reader').toUpperCase(), PASSWORD)).status).toBe(200);
    });

    it('answers a wrong password and an unknown username alike, 401 用户名或密码错误, and opens no session', async () => {
      const before = await sessionRows('admin');
      const wrong = await new Browser(web.url).signIn(name('admin'), 'not the password at all');
      const unknown = await new Browser(web.url).signIn(name('nobody'), PASSWORD);
      for (const res of [wrong, unknown]) {
        expect({ status: res.status, code: res.body.code, message: res.body.message, cookie: res.headers.get('set-cookie') }).toEqual({
          status: 401, code: 'SESSION.INVALID_CREDENTIALS', message: '用户名或密码错误', cookie: null,
        });
      }
      expect(await sessionRows('admin')).toBe(before);
    });

    it('refuses a disabled account with the same answer, and its open sessions end', async () => {
      await add('leaver', 'legal-aid-officer');
      const open = await signedIn('leaver');
      const admin = await signedIn('admin');
      expect((await admin.request('POST', `/api/accounts/${ids.leaver}/disable`)).body.disabled).toBe(true);
      expect((await open.request('GET', '/api/session')).status).toBe(401);
      const res = await new Browser(web.url).signIn(name('leaver'), PASSWORD);
      expect({ status: res.status, message: res.body.message }).toEqual({ status: 401, message: '用户名或密码错误' });
      expect(await sessionRows('leaver')).toBe(0);
    });

    it('refuses a sign-in posted from another origin, and a body that is not JSON', async () => {
      const foreign = await new Browser(web.url).signIn(name('admin'), PASSWORD, { origin: 'https://evil.example' });
      expect({ status: foreign.status, code: foreign.body.code }).toEqual({ status: 403, code: 'SESSION.FOREIGN_ORIGIN' });
      const form = await fetch(`${web.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `username=${name('admin')}&password=${PASSWORD}` });
      expect(form.status).toBe(415);
      expect((await new Browser(web.url).signIn(name('admin'), PASSWORD, { origin: web.url })).status).toBe(200);
    });
  });

  describe('throttling', () => {
    it('answers 429 with Retry-After after 5 failures for one username, even with the right password, until the window has room', async () => {
      for (let i = 0; i < 5; i++) expect((await new Browser(web.url).signIn(name('reader'), `wrong password ${i}`)).status).toBe(401);
      const blocked = await new Browser(web.url).signIn(name('reader'), PASSWORD);
      expect({ status: blocked.status, code: blocked.body.code, retryAfter: Number(blocked.headers.get('retry-after')) }).toEqual({
        status: 429, code: 'SESSION.THROTTLED', retryAfter: expect.any(Number),
      });
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
      expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60);
      // Another account from the same address is not held up by it.
      expect((await new Browser(web.url).signIn(name('clerk'), PASSWORD)).status).toBe(200);
      clock.set(new Date(clock.now().getTime() + 15 * 60_000 + 1000).toISOString());
      expect((await new Browser(web.url).signIn(name('reader'), PASSWORD)).status).toBe(200);
    });

    it('answers 429 to every username from an address after 20 failures from it', async () => {
      for (let i = 0; i < 20; i++) expect((await new Browser(web.url).signIn(name(`guess${i}`), PASSWORD)).status).toBe(401);
      const blocked = await new Browser(web.url).signIn(name('admin'), PASSWORD);
      expect({ status: blocked.status, code: blocked.body.code, retryAfter: blocked.headers.get('retry-after') !== null }).toEqual({ status: 429, code: 'SESSION.THROTTLED', retryAfter: true });
    });
  });

  describe('sessions', () => {
    it('sign-out ends the session: the cookie no longer signs in', async () => {
      const b = await signedIn('reader');
      const cookie = b.cookie;
      const out = await b.request('DELETE', '/api/session');
      expect({ status: out.status, cleared: out.headers.get('set-cookie')?.includes('Max-Age=0') }).toEqual({ status: 204, cleared: true });
      const again = new Browser(web.url);
      again.cookie = cookie;
      const me = await again.request('GET', '/api/session');
      expect({ status: me.status, code: me.body.code }).toEqual({ status: 401, code: 'SESSION.REQUIRED' });
    });

    it('ends a session idle for WEB_SESSION_IDLE_MINUTES (30) and deletes it; a used one stays', async () => {
      const idle = await signedIn('clerk');
      const busy = await signedIn('clerk');
      const start = clock.now().getTime();
      clock.set(new Date(start + 20 * 60_000).toISOString());
      expect((await busy.request('GET', '/api/session')).status).toBe(200);
      clock.set(new Date(start + 31 * 60_000).toISOString());
      expect((await idle.request('GET', '/api/session')).status).toBe(401);
      expect((await busy.request('GET', '/api/session')).status).toBe(200);
      const token = idle.cookie!.split('=')[1];
      expect(await db.query(`SELECT 1 FROM web.sessions WHERE id = encode(sha256($1::bytea), 'hex')`, [token])).toEqual([]);
    });

    it('answers 401 without a cookie and with a made-up one', async () => {
      expect((await new Browser(web.url).request('GET', '/api/session')).status).toBe(401);
      const forged = new Browser(web.url);
      forged.cookie = 'casetrack_session=forged';
      expect((await forged.request('GET', '/api/accounts')).status).toBe(401);
    });
  });

  describe('CSRF', () => {
    it('refuses a state-changing call without the session’s X-CSRF-Token, or with a wrong one (403), and writes nothing', async () => {
      const b = await signedIn('admin');
      const token = b.csrfToken;
      b.csrfToken = undefined;
      const missing = await b.request('POST', '/api/accounts', { username: name('csrf1'), role: 'report-reader' });
      const wrong = await b.request('POST', '/api/accounts', { username: name('csrf2'), role: 'report-reader' }, { 'x-csrf-token': 'x'.repeat(43) });
      for (const res of [missing, wrong]) expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'SESSION.CSRF_TOKEN_INVALID' });
      // Another session's token is no good either: the token is bound to its session.
      const other = await signedIn('admin');
      const crossed = await b.request('DELETE', '/api/session', undefined, { 'x-csrf-token': other.csrfToken! });
      expect(crossed.status).toBe(403);
      expect(await db.query(`SELECT 1 FROM web.accounts WHERE username IN ($1, $2)`, [name('csrf1'), name('csrf2')])).toEqual([]);
      b.csrfToken = token;
      expect((await b.request('POST', '/api/accounts', { username: name('csrf3'), role: 'report-reader' })).status).toBe(201);
    });
  });

  describe('accounts', () => {
    it('keeps the account routes to admins: 403 for any other role', async () => {
      const reader = await signedIn('reader');
      for (const [method, path] of [['GET', '/api/accounts'], ['POST', '/api/accounts'], ['POST', `/api/accounts/${ids.admin}/disable`], ['POST', `/api/accounts/${ids.admin}/enable`], ['POST', `/api/accounts/${ids.admin}/password-reset`]]) {
        const res = await reader.request(method, path, method === 'POST' && path === '/api/accounts' ? { username: name('sneaky'), role: 'admin' } : undefined);
        expect({ path, status: res.status, code: res.body.code }).toEqual({ path, status: 403, code: 'AUTH.FORBIDDEN_ROLE' });
      }
    });

    it('lets an admin add an account of every role, the legal-affairs section\'s included', async () => {
      const admin = await signedIn('admin');
      const added = await admin.request('POST', '/api/accounts', { username: name('affairs'), role: 'legal-affairs-officer', displayName: '孙法制' });
      expect({ status: added.status, role: added.body.account?.role }).toEqual({ status: 201, role: 'legal-affairs-officer' });
    });

    it('lets an admin add an account with a one-time password that must be changed before anything else', async () => {
      const admin = await signedIn('admin');
      const added = await admin.request('POST', '/api/accounts', { username: name('newbie'), role: 'review-officer', displayName: '新同事' });
      expect(added.status).toBe(201);
      expect(added.body.account).toMatchObject({ username: name('newbie'), role: 'review-officer', unit: null, mustChangePassword: true, disabled: false });
      expect(added.body.account.passwordHash).toBeUndefined();
      const list = await admin.request('GET', '/api/accounts');
      expect(list.body.items.map((a: { username: string }) => a.username)).toContain(name('newbie'));
      const newbie = new Browser(web.url);
      const first = await newbie.signIn(name('newbie'), added.body.oneTimePassword);
      expect(first.body.account.mustChangePassword).toBe(true);
      const blocked = await newbie.request('GET', '/api/svc/administrative-review/v1/reviews');
      expect({ status: blocked.status, code: blocked.body.code }).toEqual({ status: 403, code: 'ACCOUNT.PASSWORD_CHANGE_REQUIRED' });
      expect((await newbie.request('POST', '/api/account/password', { currentPassword: added.body.oneTimePassword, newPassword: 'a new long passphrase' })).status).toBe(204);
      expect((await newbie.request('GET', '/api/session')).body.account.mustChangePassword).toBe(false);
      expect((await new Browser(web.url).signIn(name('newbie'), 'a new long passphrase')).status).toBe(200);
    });

    it('refuses an account breaking the unit rule, a taken username in another case, and the admin disabling themselves', async () => {
      const admin = await signedIn('admin');
      const noUnit = await admin.request('POST', '/api/accounts', { username: name('c2'), role: 'mediation-clerk' });
      const unitForReader = await admin.request('POST', '/api/accounts', { username: name('r2'), role: 'report-reader', unit: 'SPB-POLICE-01' });
      const taken = await admin.request('POST', '/api/accounts', { username: name('READER'), role: 'report-reader' });
      const self = await admin.request('POST', `/api/accounts/${ids.admin}/disable`);
      expect([noUnit, unitForReader, taken, self].map((r) => [r.status, r.body.code])).toEqual([
        [400, 'ACCOUNT.UNIT_REQUIRED'], [400, 'ACCOUNT.UNIT_NOT_ALLOWED'], [409, 'ACCOUNT.USERNAME_TAKEN'], [409, 'ACCOUNT.CANNOT_DISABLE_SELF'],
      ]);
    });

    it('enables a disabled account again: it signs in with the password it had; enabling twice changes nothing', async () => {
      await add('returner', 'report-reader');
      const admin = await signedIn('admin');
      expect((await admin.request('POST', `/api/accounts/${ids.returner}/disable`)).body.disabled).toBe(true);
      expect((await new Browser(web.url).signIn(name('returner'), PASSWORD)).status).toBe(401);
      const enabled = await admin.request('POST', `/api/accounts/${ids.returner}/enable`);
      expect({ status: enabled.status, body: enabled.body }).toEqual({
        status: 200,
        body: { id: ids.returner, username: name('returner'), displayName: 'returner', role: 'report-reader', unit: null, disabled: false, mustChangePassword: false },
      });
      expect((await db.query(`SELECT disabled FROM web.accounts WHERE id = $1`, [ids.returner]))[0].disabled).toBe(false);
      expect((await new Browser(web.url).signIn(name('returner'), PASSWORD)).status).toBe(200);
      const again = await admin.request('POST', `/api/accounts/${ids.returner}/enable`);
      expect({ status: again.status, disabled: again.body.disabled }).toEqual({ status: 200, disabled: false });
      const unknown = await admin.request('POST', `/api/accounts/${randomUUID()}/enable`);
      const notAnId = await admin.request('POST', '/api/accounts/not-an-id/enable');
      expect([unknown.status, notAnId.status]).toEqual([404, 400]);
    });

    it('adds a mediation clerk only for a committee the mediation service has (400 naming unit otherwise)', async () => {
      const admin = await signedIn('admin');
      const unknown = await admin.request('POST', '/api/accounts', { username: name('c-nowhere'), role: 'mediation-clerk', unit: uniqueCode('NONE') });
      expect({ status: unknown.status, code: unknown.body.code, field: unknown.body.details?.field }).toEqual({ status: 400, code: 'ACCOUNT.UNKNOWN_UNIT', field: 'unit' });
      expect(await db.query(`SELECT 1 FROM web.accounts WHERE username = $1`, [name('c-nowhere')])).toEqual([]);
      const code = uniqueCode('UNIT');
      expect((await admin.request('POST', '/api/svc/mediation/v1/committees', { code, name: '账号测试调解委员会', kind: 'township' })).status).toBe(201);
      const added = await admin.request('POST', '/api/accounts', { username: name('c-real'), role: 'mediation-clerk', unit: code });
      expect({ status: added.status, unit: added.body.account?.unit, role: added.body.account?.role }).toEqual({ status: 201, unit: code, role: 'mediation-clerk' });
    });

    it('changes the own password: the current one must match, the new one have 10 characters; other sessions end', async () => {
      await add('mover', 'enforcement-supervisor');
      const here = await signedIn('mover');
      const elsewhere = await signedIn('mover');
      const wrong = await here.request('POST', '/api/account/password', { currentPassword: 'not it at all', newPassword: 'another passphrase' });
      const short = await here.request('POST', '/api/account/password', { currentPassword: PASSWORD, newPassword: 'short' });
      expect([wrong, short].map((r) => [r.status, r.body.code])).toEqual([[400, 'ACCOUNT.WRONG_PASSWORD'], [400, 'ACCOUNT.WEAK_PASSWORD']]);
      expect((await here.request('POST', '/api/account/password', { currentPassword: PASSWORD, newPassword: 'another passphrase' })).status).toBe(204);
      expect((await here.request('GET', '/api/session')).status).toBe(200);
      expect((await elsewhere.request('GET', '/api/session')).status).toBe(401);
      expect((await new Browser(web.url).signIn(name('mover'), PASSWORD)).status).toBe(401);
      expect((await new Browser(web.url).signIn(name('mover'), 'another passphrase')).status).toBe(200);
    });

    it('resets a password to a one-time one and ends the account’s sessions', async () => {
      await add('forgetful', 'legal-aid-officer');
      const open = await signedIn('forgetful');
      const admin = await signedIn('admin');
      const reset = await admin.request('POST', `/api/accounts/${ids.forgetful}/password-reset`);
      expect({ status: reset.status, must: reset.body.account.mustChangePassword, otp: reset.body.oneTimePassword }).toEqual({ status: 200, must: true, otp: expect.stringMatching(/^.{16}$/) });
      expect((await open.request('GET', '/api/session')).status).toBe(401);
      expect((await new Browser(web.url).signIn(name('forgetful'), PASSWORD)).status).toBe(401);
      expect((await new Browser(web.url).signIn(name('forgetful'), reset.body.oneTimePassword)).status).toBe(200);
    });
  });

  describe('forwarding to the services', () => {
    it('sends method, path, query and JSON body on with a short-lived EdDSA token naming the account, and returns the answer', async () => {
      const clerk = await signedIn('clerk');
      captured.length = 0;
      const body = { committeeCode: 'SPB-POLICE-01', category: '邻里纠纷' };
      const res = await clerk.request('POST', '/api/svc/administrative-review/v1/reviews?dryRun=1&x=%E4%B8%AD', body, { 'idempotency-key': 'k-1' });
      expect({ status: res.status, body: res.body, replayed: res.headers.get('idempotent-replayed'), cookie: res.headers.get('set-cookie') }).toEqual({
        status: 201, body: { ok: true }, replayed: 'true', cookie: null,
      });
      expect(captured).toHaveLength(1);
      const [sent] = captured;
      expect({ method: sent.method, url: sent.url, body: JSON.parse(sent.body), key: sent.headers['idempotency-key'], cookie: sent.headers.cookie, csrf: sent.headers['x-csrf-token'] }).toEqual({
        method: 'POST', url: '/administrative-review-base/v1/reviews?dryRun=1&x=%E4%B8%AD', body, key: 'k-1', cookie: undefined, csrf: undefined,
      });
      const token = /^Bearer (.+)$/.exec(sent.headers.authorization!)![1];
      const { payload, protectedHeader } = await jwtVerify(token, createPublicKey(DEV_TOKEN_PUBLIC_KEY), { issuer: 'casetrack-web', audience: 'casetrack' });
      expect(protectedHeader.alg).toBe('EdDSA');
      expect(payload).toMatchObject({ sub: ids.clerk, role: 'mediation-clerk', unit: 'SPB-POLICE-01' });
      expect(payload.exp! - payload.iat!).toBeLessThanOrEqual(15 * 60);
      expect(payload.exp! - Date.now() / 1000).toBeLessThanOrEqual(15 * 60);
    });

    it('forwards a GET to the service named, with no body and no unit claim for a role without one', async () => {
      const reader = await signedIn('reader');
      captured.length = 0;
      expect((await reader.request('GET', '/api/svc/reporting/v1/reports/annual/2019?district=500106')).status).toBe(201);
      expect({ method: captured[0].method, url: captured[0].url, body: captured[0].body }).toEqual({ method: 'GET', url: '/reporting-base/v1/reports/annual/2019?district=500106', body: '' });
      const token = captured[0].headers.authorization!.slice('Bearer '.length);
      const { payload } = await jwtVerify(token, createPublicKey(DEV_TOKEN_PUBLIC_KEY));
      expect({ sub: payload.sub, role: payload.role, unit: payload.unit }).toEqual({ sub: ids.reader, role: 'report-reader', unit: undefined });
    });

    it('opens the real mediation service with the signed-in account’s role: an admin adds a committee, a clerk may not', async () => {
      const admin = await signedIn('admin');
      const code = uniqueCode('WEB');
      const added = await admin.request('POST', '/api/svc/mediation/v1/committees', { code, name: '网页测试调解委员会', kind: 'community' });
      expect({ status: added.status, code: added.body.code }).toEqual({ status: 201, code });
      const clerk = await signedIn('clerk');
      const refused = await clerk.request('POST', '/api/svc/mediation/v1/committees', { code: uniqueCode('WEB'), name: '不该建的委员会', kind: 'community' });
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 403, code: 'AUTH.FORBIDDEN_ROLE' });
      const listed = await clerk.request('GET', `/api/svc/mediation/v1/committees?limit=200`);
      expect(listed.status).toBe(200);
    });

    it('sends the request’s trace on: the browser’s traceparent continued under the web app’s span, or a new trace', async () => {
      const reader = await signedIn('reader');
      captured.length = 0;
      const browserTrace = `00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01`;
      await reader.request('GET', '/api/svc/reporting/v1/reports/annual/2019', undefined, { traceparent: browserTrace });
      await reader.request('GET', '/api/svc/reporting/v1/reports/annual/2019');
      const [continued, fresh] = captured.map((c) => c.headers.traceparent as string);
      expect(continued).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
      expect(continued).not.toBe(browserTrace);
      expect(fresh).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
      expect(fresh.slice(3, 35)).not.toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    });

    it('forwards nothing without a session, without the CSRF token on a POST, or to an unknown service', async () => {
      captured.length = 0;
      const reader = await signedIn('reader');
      const anonymous = await new Browser(web.url).request('GET', '/api/svc/reporting/v1/reports/annual/2019');
      const noCsrf = await reader.request('POST', '/api/svc/mediation/v1/disputes', {}, { 'x-csrf-token': '' });
      const unknown = await reader.request('GET', '/api/svc/payroll/v1/salaries');
      expect([anonymous.status, noCsrf.status, unknown.status]).toEqual([401, 403, 404]);
      expect(captured).toHaveLength(0);
    });
  });

  describe('the operators’ scripts (user, ensure-admin)', () => {
    const cli = (args: string[], stdin = '', script = 'scripts/user.ts', databaseUrl = TEST_DATABASE_URL): Promise<{ code: number | null; stdout: string; stderr: string }> =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['-r', './tests/support/register-ts.js', script, ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
        child.stdin.end(stdin);
      });

    it('adds an account with the password from standard input, lists it, and disables it', async () => {
      const username = name('cli');
      const added = await cli(['add', '--username', username, '--role', 'mediation-clerk', '--unit', 'SPB-POLICE-02', '--display-name', '李四'], 'a password from stdin\n');
      expect({ code: added.code, stderr: added.stderr }).toEqual({ code: 0, stderr: '' });
      expect((await new Browser(web.url).signIn(username, 'a password from stdin')).body.account).toMatchObject({ role: 'mediation-clerk', unit: 'SPB-POLICE-02', displayName: '李四' });
      const list = await cli(['list']);
      expect(list.stdout.split('\n')).toContain(`${username}\tmediation-clerk\tSPB-POLICE-02\tactive\t李四`);
      const disabled = await cli(['disable', '--username', username]);
      expect(disabled.code).toBe(0);
      expect((await new Browser(web.url).signIn(username, 'a password from stdin')).status).toBe(401);
      expect((await cli(['list'])).stdout.split('\n')).toContain(`${username}\tmediation-clerk\tSPB-POLICE-02\tdisabled\t李四`);
    });

    it('refuses a password on the command line, a weak one, a clerk without a unit, and adds nothing', async () => {
      const username = name('cli-bad');
      const argv = await cli(['add', '--username', username, '--role', 'report-reader', '--password', 'on the command line'], 'whatever password\n');
      const weak = await cli(['add', '--username', username, '--role', 'report-reader'], 'short\n');
      const noUnit = await cli(['add', '--username', username, '--role', 'mediation-clerk'], 'a long enough password\n');
      expect([argv.code, weak.code, noUnit.code]).toEqual([2, 1, 2]);
      expect(argv.stderr).toContain("Unknown option '--password'");
      expect(weak.stderr).toContain('at least 10 characters');
      expect(noUnit.stderr).toContain('--unit is required');
      expect(await db.query(`SELECT 1 FROM web.accounts WHERE username = $1`, [username])).toEqual([]);
    });

    it('ensure-admin creates admin with a one-time password on an empty database, once, and prints no secret after', async () => {
      // A database of its own: the shared one has admins already.
      const url = new URL(TEST_DATABASE_URL);
      url.pathname = `${url.pathname}_ensure_admin`;
      const server = new URL(TEST_DATABASE_URL);
      server.pathname = '/postgres';
      const pg = new Client({ connectionString: server.toString() });
      await pg.connect();
      const dropIt = () => pg.query(`DROP DATABASE IF EXISTS "${url.pathname.slice(1)}" WITH (FORCE)`);
      await dropIt();
      try {
        const first = await cli([], '', 'scripts/ensure-admin.ts', url.toString());
        expect(first.code).toBe(0);
        const otp = /one-time password\s+(\S{16})$/m.exec(first.stdout)?.[1];
        expect(otp).toBeDefined();
        expect(first.stdout).toContain('http://127.0.0.1:3000');
        const second = await cli([], '', 'scripts/ensure-admin.ts', url.toString());
        expect({ code: second.code, otp: second.stdout.includes(otp!), says: second.stdout.includes('an admin account exists') }).toEqual({ code: 0, otp: false, says: true });
        const db2 = new Client({ connectionString: url.toString() });
        await db2.connect();
        const rows = (await db2.query(`SELECT username, role, must_change_password, password_hash FROM web.accounts`)).rows;
        await db2.end();
        expect(rows.map((r) => [r.username, r.role, r.must_change_password])).toEqual([['admin', 'admin', true]]);
        expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
        expect(await verify(rows[0].password_hash, otp!)).toBe(true);
      } finally {
        await dropIt();
        await pg.end();
      }
    });
  });
});
