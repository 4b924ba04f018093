import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build';

// Children left running by a crashed test run would hold ports and connections: kill them when we exit.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface ServiceSpec {
  /** Name in logs and summaries (`mediation`, `reporting-2`, …). */
  name: string;
  /** Compiled entry point (BUILD_DIR/apps/<app>/src/main.js). */
  main: string;
  port: number;
  env: Record<string, string>;
  /** Where stdout and stderr go (appended across restarts). */
  logFile: string;
}

/** What GET /health answered. */
export interface HealthAnswer {
  status: number;
  body: { status?: string; down?: string[]; message?: string } | undefined;
}

/**
 * One casetrack service run as a real child process (`node …/main.js`), as in production: it can be
 * killed with SIGKILL mid-request, stopped with SIGSTOP and resumed, and started again on the same
 * port with the same environment.
 */
export class ServiceProcess {
  readonly url: string;
  /** How many times it was (re)started. */
  starts = 0;
  private child?: ChildProcess;
  private exited?: Promise<void>;

  constructor(readonly spec: ServiceSpec) {
    this.url = `http://127.0.0.1:${spec.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get isRunning(): boolean {
    return this.child !== undefined;
  }

  /** Spawns the process and waits until GET /health answers 200 (database and Kafka up). */
  async start(timeoutMs = 90_000): Promise<void> {
    this.spawn();
    await this.waitHealthy(timeoutMs);
  }

  /** Spawns the process and returns at once (it may still be starting). */
  spawn(): void {
    if (this.child) throw new Error(`${this.spec.name} is already running (pid ${this.child.pid})`);
    const out = openSync(this.spec.logFile, 'a');
    const child = spawn(process.execPath, [this.spec.main], {
      cwd: ROOT,
      env: { ...minimalEnv(), ...this.spec.env, PORT: String(this.spec.port), HOST: '127.0.0.1', NO_COLOR: '1' },
      stdio: ['ignore', out, out],
    });
    closeSync(out);
    running.add(child);
    watchdog(child.pid!);
    this.child = child;
    this.starts++;
    this.exited = new Promise((done) =>
      child.once('exit', () => {
        running.delete(child);
        if (this.child === child) this.child = undefined;
        done();
      }),
    );
  }

  /** Sends a signal; for SIGKILL resolves once the process is gone. */
  async signal(signal: 'SIGKILL' | 'SIGSTOP' | 'SIGCONT' | 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child) throw new Error(`${this.spec.name} is not running`);
    child.kill(signal);
    if (signal === 'SIGKILL' || signal === 'SIGTERM') await this.exited;
  }

  /** kill -9, then the same process started again; resolves when it is healthy. */
  async crashAndRestart(): Promise<void> {
    await this.signal('SIGKILL');
    await this.start();
  }

  /** SIGTERM (graceful shutdown) if it runs; SIGKILL after 15 s. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    // A stopped process cannot handle SIGTERM until continued.
    child.kill('SIGCONT');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(timer);
  }

  /** GET /health with a short timeout; status 0 when nothing answers. */
  async health(timeoutMs = 5_000): Promise<HealthAnswer> {
    try {
      const res = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(timeoutMs) });
      return { status: res.status, body: (await res.json().catch(() => undefined)) as HealthAnswer['body'] };
    } catch {
      return { status: 0, body: undefined };
    }
  }

  /** Polls /health until 200; fails naming the last answer (and the log tail) after `timeoutMs`. */
  async waitHealthy(timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last: HealthAnswer = { status: 0, body: undefined };
    while (Date.now() < deadline) {
      if (!this.child) throw new Error(`${this.spec.name} exited during start-up:\n${this.logTail()}`);
      last = await this.health();
      if (last.status === 200) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`${this.spec.name} not healthy after ${timeoutMs} ms (last: ${last.status} ${JSON.stringify(last.body)}):\n${this.logTail()}`);
  }

  /** The last lines of its log. */
  logTail(lines = 40): string {
    try {
      return readFileSync(this.spec.logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }

  /** Lines of its log matching `pattern` (e.g. unexpected errors), for assertions. */
  logLines(pattern: RegExp): string[] {
    try {
      return readFileSync(this.spec.logFile, 'utf8').split('\n').filter((l) => pattern.test(l));
    } catch {
      return [];
    }
  }
}

/**
 * A detached process that SIGKILLs the service if this process dies without running its exit hook
 * (jest killed with SIGKILL), so no orphaned service outlives the test run.
 */
function watchdog(pid: number): void {
  const script = `const [parent, child] = process.argv.slice(1).map(Number);
    const alive = (p) => { try { process.kill(p, 0); return true; } catch { return false; } };
    setInterval(() => {
      if (!alive(child)) process.exit(0);
      if (!alive(parent)) { try { process.kill(child, 'SIGKILL'); } catch {} process.exit(0); }
    }, 1000);`;
  spawn(process.execPath, ['-e', script, String(process.pid), String(pid)], { detached: true, stdio: 'ignore' }).unref();
}

/** PATH and the like, without the test process's casetrack settings leaking into a child. */
function minimalEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'LANG', 'TZ', 'NODE_OPTIONS', 'JAVA_HOME'];
  return Object.fromEntries(keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]!]));
}

export const logPath = (dir: string, name: string) => join(dir, `${name}.log`);
