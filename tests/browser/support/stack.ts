import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { ROOT } from '../../faults/support/build';
import { logPath, ServiceProcess } from '../../faults/support/service-process';

export type Who = 'admin' | 'clerk' | 'otherClerk' | 'legalAid' | 'review' | 'supervisor' | 'legalAffairs' | 'reader';

/** What the global setup started, for the tests (written to STACK_FILE; read with `stack()`). */
export interface Stack {
  webUrl: string;
  databaseUrl: string;
  district: string;
  /** The generated year and what its report must show. */
  year: number;
  expected: { mediated: number; successRate: string };
  /** The share of the 2019 year loaded: 1 (the whole year, 8428 disputes) unless BROWSER_LOAD_SCALE says less. */
  scale: number;
  users: Record<Who, { username: string; password: string; displayName: string; role: string; unit?: string }>;
  committees: { own: string; other: string };
  /** The stack's Kafka: its brokers and the prefix of its topics (a test may produce to them, e.g. a dead letter). */
  kafka: { brokers: string; topicPrefix: string };
}

export const STACK_FILE = join(ROOT, '.run/browser/stack.json');
export const stack = (): Stack => JSON.parse(readFileSync(STACK_FILE, 'utf8'));

const DIST = join(ROOT, 'dist');
// legal-affairs, public-legal-services, then legal-education, last: the others keep their places (url(i) below).
const SERVICES = [
  'mediation', 'legal-aid', 'administrative-review', 'file-review', 'reporting', 'legal-affairs',
  'public-legal-services',
  'legal-education',
] as const;
const DISTRICT = '500106';
// The whole 2019 year by default (the report page must show 8428 and 97.0%); a smaller share
// (BROWSER_LOAD_SCALE=0.02) loads in seconds while working on a page.
const SCALE = Number(process.env.BROWSER_LOAD_SCALE ?? '1');

export const USERS: Stack['users'] = {
  admin: { username: 'browser-admin', password: 'admin-password-1', displayName: '王管理', role: 'admin' },
  clerk: { username: 'clerk-one', password: 'clerk-password-1', displayName: '李调解', role: 'mediation-clerk', unit: 'BT-ONE' },
  otherClerk: { username: 'clerk-two', password: 'clerk-password-2', displayName: '张调解', role: 'mediation-clerk', unit: 'BT-TWO' },
  legalAid: { username: 'aid-officer', password: 'aid-password-1', displayName: '赵援助', role: 'legal-aid-officer' },
  review: { username: 'review-officer', password: 'review-password-1', displayName: '钱复议', role: 'review-officer' },
  supervisor: { username: 'file-supervisor', password: 'supervisor-password-1', displayName: '孙评查', role: 'enforcement-supervisor' },
  legalAffairs: { username: 'legal-affairs-officer', password: 'affairs-password-1', displayName: '吴法制', role: 'legal-affairs-officer' },
  reader: { username: 'report-reader', password: 'reader-password-1', displayName: '周阅读', role: 'report-reader' },
};

/** Drops and re-creates the browser tests' database (its name must contain "test"). */
async function resetDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/test/i.test(name)) throw new Error(`refusing to reset "${name}": a test database's name must contain "test"`);
  const admin = new Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

function node(args: string[], env: Record<string, string>, input?: string): string {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, input, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<ReturnType<typeof createServer>>((ok, fail) => {
      const s = createServer();
      s.once('error', fail);
      s.listen(0, '127.0.0.1', () => ok(s));
    })),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
  return ports;
}

/** The report's display of a rate (apps/reporting/src/annual-report/rate.ts): half up to 0.01 %, one decimal when the second is 0. */
function rateDisplay(n: number, d: number): string {
  const bp = Number((BigInt(n) * 20000n + BigInt(d)) / (2n * BigInt(d)));
  const cents = String(bp % 100).padStart(2, '0');
  return `${Math.floor(bp / 100)}.${cents.endsWith('0') ? cents[0] : cents}%`;
}

/** Signs in to the web app like the pages do, and calls /api with the session's CSRF token. */
async function webSession(webUrl: string, username: string, password: string) {
  const res = await fetch(`${webUrl}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`sign-in of ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${webUrl}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return r.json();
  };
}

/**
 * The whole stack the browser tests need, against their own database and Kafka topics: the six
 * services and the web app built from this checkout (dist/, `npm run build` and the Vite build
 * first) as child processes on free ports; the test accounts made with `npm run user`'s code; two
 * committees; and a generated 2019 year (the 2019 loader at 2 %), loaded and waited for.
 * Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const runDir = join(ROOT, '.run/browser');
  mkdirSync(runDir, { recursive: true });
  mkdirSync(join(ROOT, '.run/screenshots'), { recursive: true });
  // Beside the run's test database (casetrack_fe_test → casetrack_fe_test_browser), so two checkouts
  // with their own TEST_DATABASE_URL never drop each other's; BROWSER_DATABASE_URL names one outright.
  const testUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/casetrack_test';
  const databaseUrl = process.env.BROWSER_DATABASE_URL ?? Object.assign(new URL(testUrl), { pathname: `${new URL(testUrl).pathname}_browser` }).toString();
  const brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
  // Topics of this run only: nothing the other suites write reaches this reporting service.
  const prefix = `${process.env.CASETRACK_TOPIC_PREFIX ?? ''}browser-${Date.now()}.`;
  await resetDatabase(databaseUrl);
  node(['scripts/infra/create-topics.js'], { CASETRACK_TOPIC_PREFIX: prefix, KAFKA_BROKERS: brokers });

  // The stack's own token keys: the web app (and the loader) sign, the services hold the public key.
  const keys = generateKeyPairSync('ed25519');
  const privateKey = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicKey = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const ports = await freePorts(SERVICES.length + 1);
  const url = (i: number) => `http://127.0.0.1:${ports[i]}`;
  const env = { DATABASE_URL: databaseUrl, KAFKA_BROKERS: brokers, DISTRICT_CODE: DISTRICT, DATABASE_POOL_SIZE: '4', CASETRACK_TOPIC_PREFIX: prefix, AUTH_JWT_PUBLIC_KEY: publicKey };
  const services = SERVICES.map((name, i) =>
    new ServiceProcess({ name, main: join(DIST, 'apps', name, 'src/main.js'), port: ports[i], env: { ...env, ...(name === 'reporting' ? { REPORTING_GROUP_ID: `browser-${Date.now()}` } : {}) }, logFile: logPath(runDir, name) }),
  );
  const webEnv = Object.fromEntries(SERVICES.map((name, i) => [`WEB_${name.toUpperCase().replace(/-/g, '_')}_URL`, url(i)]));
  const web = new ServiceProcess({ name: 'web', main: join(DIST, 'apps/web/src/main.js'), port: ports[SERVICES.length], env: { ...env, ...webEnv, AUTH_JWT_PRIVATE_KEY: privateKey, WEB_CLIENT_DIR: join(DIST, 'web-client') }, logFile: logPath(runDir, 'web') });
  const all = [...services, web];
  const teardown = async () => {
    await Promise.all(all.map((s) => s.stop().catch(() => undefined)));
    spawnSync(process.execPath, ['scripts/infra/delete-topics.js'], { cwd: ROOT, env: { ...process.env, CASETRACK_TOPIC_PREFIX: prefix, KAFKA_BROKERS: brokers }, stdio: 'ignore' });
  };
  try {
    await Promise.all(all.map((s) => s.start()));
    for (const u of Object.values(USERS))
      node([join(DIST, 'scripts/user.js'), 'add', '--username', u.username, '--role', u.role, '--display-name', u.displayName, ...(u.unit ? ['--unit', u.unit] : [])], { DATABASE_URL: databaseUrl }, `${u.password}\n`);
    // The spawnSync calls above block this event loop; on a loaded machine longer than the web app's keep-alive
    // (72 s), and the next request goes out on the pooled socket the server has closed ("other side closed").
    // A health poll absorbs that one failure, so the sign-in gets a live connection.
    await web.waitHealthy();
    const admin = await webSession(web.url, USERS.admin.username, USERS.admin.password);
    for (const [code, name] of [[USERS.clerk.unit!, '浏览器测试第一人民调解委员会'], [USERS.otherClerk.unit!, '浏览器测试第二人民调解委员会']])
      await admin('POST', '/api/svc/mediation/v1/committees', { code, name, kind: 'community', establishedAt: '2020-01-01T00:00:00+08:00' });
    // Set up in 2020, they are not in place at the end of 2019: the generated year's committee counts stay as planned.
    // The loader waits until the 2019 report shows every figure it expects (all of them, in one predicate).
    const serviceUrls = { MEDIATION_URL: url(0), LEGAL_AID_URL: url(1), ADMINISTRATIVE_REVIEW_URL: url(2), FILE_REVIEW_URL: url(3), REPORTING_URL: url(4), LEGAL_AFFAIRS_URL: url(5),
      PUBLIC_LEGAL_SERVICES_URL: url(6),
      LEGAL_EDUCATION_URL: url(7),
    };
    node([join(DIST, 'scripts/load-2019/main.js'), '--scale', String(SCALE), '--run-id', 'browser', '--concurrency', '8'], { ...serviceUrls, DISTRICT_CODE: DISTRICT, AUTH_JWT_PRIVATE_KEY: privateKey });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { AREA_LOADERS } = require(join(DIST, 'scripts/load-2019/loaders.js'));
    const m = AREA_LOADERS.find((l: { area: string }) => l.area === 'mediation').expected(SCALE);
    const s: Stack = {
      webUrl: web.url, databaseUrl, district: DISTRICT, year: 2019, scale: SCALE,
      expected: { mediated: m.mediated, successRate: rateDisplay(m.succeeded, m.mediated) },
      users: USERS, committees: { own: USERS.clerk.unit!, other: USERS.otherClerk.unit! }, kafka: { brokers, topicPrefix: prefix },
    };
    writeFileSync(STACK_FILE, JSON.stringify(s, null, 2));
    process.env.CASETRACK_WEB_URL = web.url;
  } catch (err) {
    await teardown();
    throw err;
  }
  return teardown;
}
