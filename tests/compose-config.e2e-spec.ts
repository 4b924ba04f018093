import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

// docker-compose.yml, checked by Compose itself (`config` resolves and validates the file and
// needs no Docker engine). npm test installs Debian's docker-compose when neither
// `docker-compose` nor `docker compose` is there (scripts/test.sh); without either this fails.
const ROOT = join(__dirname, '..');
const COMPOSE_FILE = join(ROOT, 'docker-compose.yml');
const APP_SERVICES = [
  'mediation', 'legal-aid', 'administrative-review', 'file-review', 'legal-affairs', 'reporting', 'web',
  'public-legal-services', 'legal-education',
];
/** What the file requires (`${VAR:?…}`), set to stand-ins: `config` only checks that they are there. */
const REQUIRED = { AUTH_JWT_PUBLIC_KEY: 'public-key', AUTH_JWT_PRIVATE_KEY: 'private-key', IDEMPOTENCY_SECRET: 'x'.repeat(32), PERSONAL_DATA_KEY: 'k'.repeat(44), METRICS_TOKEN: 'm'.repeat(32) };

const run = promisify(execFile);

/** `docker-compose` (Debian's package, Compose v1) or the `docker compose` plugin, whichever answers. */
function composeCommand(): string[] | undefined {
  for (const cmd of [['docker-compose'], ['docker', 'compose']]) {
    try {
      execFileSync(cmd[0], [...cmd.slice(1), 'version'], { stdio: 'ignore', timeout: 30_000 });
      return cmd;
    } catch {
      // not this one
    }
  }
  return undefined;
}

describe('docker-compose.yml', () => {
  const compose = composeCommand();
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...REQUIRED };

  async function config(file: string, args: string[], extraEnv: Record<string, string | undefined> = {}) {
    if (!compose) throw new Error('neither docker-compose nor `docker compose` is installed: npm test installs Debian’s docker-compose as root (apt-get install docker-compose)');
    const vars = Object.fromEntries(Object.entries({ ...env, ...extraEnv }).filter(([, v]) => v !== undefined)) as Record<string, string>;
    return run(compose[0], [...compose.slice(1), '-f', file, 'config', ...args], { env: vars, cwd: ROOT, timeout: 60_000 })
      .then((r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }))
      .catch((err: { code?: number; stdout?: string; stderr?: string }) => ({ code: err.code ?? 1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' }));
  }

  it('is a valid Compose file once the variables it requires are set', async () => {
    const result = await config(COMPOSE_FILE, ['-q']);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('refuses to resolve without a required variable, naming it', async () => {
    const result = await config(COMPOSE_FILE, ['-q'], { AUTH_JWT_PUBLIC_KEY: undefined });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('set AUTH_JWT_PUBLIC_KEY');
  });

  it('is checked for real: a misspelt option makes `config` fail', async () => {
    // Beside the original (its build contexts are relative to the file), in a directory of its own.
    mkdirSync(join(ROOT, '.run'), { recursive: true });
    const dir = mkdtempSync(join(ROOT, '.run', 'compose-'));
    try {
      const broken = join(dir, 'docker-compose.yml');
      writeFileSync(broken, readFileSync(COMPOSE_FILE, 'utf8').replace('restart: unless-stopped', 'restrat: unless-stopped'));
      const result = await config(broken, ['-q']);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/restrat/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('probes every casetrack service on /health/ready and passes LOG_LEVEL to it', async () => {
    const result = await config(COMPOSE_FILE, [], { LOG_LEVEL: 'debug' });
    expect(result.code).toBe(0);
    // The resolved file, cut into its top-level services (two-space keys under `services:`).
    const services = new Map<string, string>();
    let current: string | undefined;
    let inServices = false;
    for (const line of result.stdout.split('\n')) {
      if (/^\S/.test(line)) inServices = line === 'services:';
      const key = inServices ? /^ {2}([\w-]+):$/.exec(line) : null;
      if (key) current = key[1];
      else if (inServices && current) services.set(current, `${services.get(current) ?? ''}${line}\n`);
    }
    for (const name of APP_SERVICES) {
      const block = services.get(name) ?? '';
      expect({ name, ready: block.includes('/health/ready'), logLevel: /LOG_LEVEL: debug/.test(block) }).toEqual({ name, ready: true, logLevel: true });
    }
  });
});
