import { loadServiceConfig, verifyToken } from '@casetrack/platform';
import { generateKeyPairSync } from 'node:crypto';
import { spawn } from 'node:child_process';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';

// The scripts run as a user runs them, in their own process (TypeScript transpiled on require, no
// build): a bad command line must print what is wrong and the usage, exit 2, and do nothing.
const ROOT = join(__dirname, '../..');

function run(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', './tests/support/register-ts.js', script, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the load:2019 command line', () => {
  // Stands in for every service and the reporting service: counts requests, answers any of them 200 {}.
  let server: Server;
  let requests = 0;
  let urls: NodeJS.ProcessEnv;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++;
      res.setHeader('content-type', 'application/json');
      res.end('{}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    urls = { MEDIATION_URL: url, LEGAL_AID_URL: url, ADMINISTRATIVE_REVIEW_URL: url, FILE_REVIEW_URL: url, LEGAL_AFFAIRS_URL: url,
      LEGAL_EDUCATION_URL: url,
      REPORTING_URL: url };
  });

  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it.each([
    [['--areas', 'mediaton'], 'unknown "mediaton"'],
    [['--scale', '2'], '--scale must be a number in (0, 1]'],
    [['--sacle', '0.1'], "Unknown option '--sacle'"],
  ])('with %j exits 2 naming the problem, and sends no request', async (args, message) => {
    const before = requests;
    const out = await run('scripts/load-2019/main.ts', args, urls);
    expect({ code: out.code, requests: requests - before }).toEqual({ code: 2, requests: 0 });
    expect(out.stderr).toContain(message);
    expect(out.stderr).toContain('usage: npm run load:2019');
    expect(out.stdout).not.toContain('matches every loaded figure');
  });
});

describe('the other scripts’ command lines', () => {
  it.each([
    ['scripts/reconcile/main.ts', ['--year', '19'], '--year must be a four-digit year'],
    ['scripts/reconcile/main.ts', ['--year', '2019', '--distrct', '500106'], "Unknown option '--distrct'"],
    ['scripts/print-report.ts', ['2019', '--format', 'csv'], "Unknown option '--format'"],
    ['scripts/token.ts', ['--role', 'report-reader', '--expires', '1h'], "Unknown option '--expires'"],
    ['scripts/token.ts', ['--role', 'mediation-clerk'], 'must name its unit'],
    ['scripts/token.ts', ['--role', 'admin', '--ttl', '8h'], '--ttl must be at most 15m'],
    ['bench/run.ts', ['--only', 'ingest,speed'], 'unknown "speed"'],
    ['bench/tools/profile-summary.ts', ['x.cpuprofile', '--top', 'many'], '--top must be a whole number'],
  ])('%s %j exits 2 with the problem and the usage', async (script, args, message) => {
    // No service runs on these ports: a script that went on past its command line would fail differently.
    const out = await run(script, args, { REPORTING_URL: 'http://127.0.0.1:9', BENCH_DATABASE_URL: 'postgres://postgres@127.0.0.1:9/casetrack_bench' });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(message);
    expect(out.stderr).toContain('usage:');
  });

  it('token prints a token the services accept and exits 0 for a good command line, and --help prints the usage', async () => {
    const ok = await run('scripts/token.ts', ['--role', 'report-reader', '--ttl', '5m']);
    expect(ok.code).toBe(0);
    await expect(verifyToken(ok.stdout.trim(), loadServiceConfig('reporting', 3005, {}).auth)).resolves.toEqual({ id: 'local-report-reader', role: 'report-reader' });
    const help = await run('scripts/token.ts', ['--help']);
    expect({ code: help.code, usage: help.stdout.startsWith('usage: npm run token') }).toEqual({ code: 0, usage: true });
  });

  it('token signs with AUTH_JWT_PRIVATE_KEY when it is set, and refuses to sign in production without one', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const own = await run('scripts/token.ts', ['--role', 'admin'], { AUTH_JWT_PRIVATE_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() });
    const auth = { ...loadServiceConfig('reporting', 3005, {}).auth, publicKey };
    await expect(verifyToken(own.stdout.trim(), auth)).resolves.toEqual({ id: 'local-admin', role: 'admin' });
    const production = await run('scripts/token.ts', ['--role', 'admin'], { NODE_ENV: 'production', AUTH_JWT_PRIVATE_KEY: '' });
    expect([production.code, production.stdout]).toEqual([1, '']);
    expect(production.stderr).toContain('AUTH_JWT_PRIVATE_KEY must be set with NODE_ENV=production');
  });
});
