import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sleep } from './poll';

/** Repository root (this file runs from dist/bench/support/). */
export const ROOT = resolve(__dirname, '../../..');
/** Service and baseline logs of bench runs (.run/ is git-ignored). */
export const LOG_DIR = join(ROOT, '.run/bench-logs');

const running = new Set<ChildProcess>();
// A crashed or interrupted run must not leave services holding the bench ports and consumer groups.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface ChildOptions {
  /** Label used in logs and tables, e.g. "mediation". */
  name: string;
  /** Script path relative to the repository root, e.g. dist/apps/mediation/src/main.js. */
  script: string;
  env: Record<string, string>;
  nodeFlags?: string[];
  /** Port answering GET /health once ready; omit for processes without HTTP. */
  port?: number;
}

/**
 * A Node process started by the bench (a service, the bare server, the bare consumer): its own
 * environment, its output in .run/bench-logs/<run>-<name>.log, killed when the bench exits.
 */
export class ChildNode {
  readonly startedAt = performance.now();
  private readonly exited: Promise<number | null>;
  private exitCode: number | null | undefined;
  private stdoutText = '';

  private constructor(
    readonly name: string,
    readonly logFile: string,
    private readonly child: ChildProcess,
    readonly port: number | undefined,
  ) {
    running.add(child);
    child.stdout?.on('data', (chunk: Buffer) => (this.stdoutText += chunk.toString('utf8')));
    this.exited = new Promise((done) =>
      child.once('exit', (code) => {
        running.delete(child);
        this.exitCode = code;
        done(code);
      }),
    );
  }

  /** Spawns the process; stderr (and stdout unless `captureStdout`) go to its log file. */
  static spawn(runId: string, opts: ChildOptions, captureStdout = false): ChildNode {
    mkdirSync(LOG_DIR, { recursive: true });
    const logFile = join(LOG_DIR, `${runId}-${opts.name}.log`);
    const fd = openSync(logFile, 'a');
    // BENCH_PROFILE=1: every bench child records a CPU profile, written when it is stopped (SIGTERM).
    const profile = process.env.BENCH_PROFILE ? ['--require', join(ROOT, 'dist/bench/support/cpu-profile.js')] : [];
    const child = spawn(process.execPath, [...profile, ...(opts.nodeFlags ?? []), join(ROOT, opts.script)], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', BENCH_PROFILE_DIR: LOG_DIR, BENCH_PROFILE_LABEL: `${runId}-${opts.name}`, ...opts.env },
      stdio: ['ignore', captureStdout ? 'pipe' : fd, fd],
    });
    closeSync(fd);
    return new ChildNode(opts.name, logFile, child, opts.port);
  }

  get pid(): number {
    return this.child.pid!;
  }

  get alive(): boolean {
    return this.exitCode === undefined;
  }

  /** What the process wrote to stdout (when captured). */
  get stdout(): string {
    return this.stdoutText;
  }

  /** Resolves when GET /health answers 200; throws with the log tail if the process exits or times out. */
  async waitHealthy(timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.alive) throw new Error(`${this.name} exited with code ${this.exitCode} during start-up\n${this.logTail()}`);
      try {
        const res = await fetch(`http://127.0.0.1:${this.port}/health`, { signal: AbortSignal.timeout(2_000) });
        if (res.status === 200) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`${this.name}: /health not OK after ${timeoutMs} ms\n${this.logTail()}`);
      await sleep(200);
    }
  }

  /** Resolves with the exit code once the process ends by itself. */
  waitExit(): Promise<number | null> {
    return this.exited;
  }

  /** SIGTERM (the services shut down cleanly: consumer leaves its group, relay releases its lock), SIGKILL after 20 s. */
  async stop(): Promise<void> {
    if (!this.alive) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 20_000);
    await this.exited;
    clearTimeout(timer);
  }

  logTail(lines = 30): string {
    try {
      return `--- ${this.logFile} ---\n${readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n')}`;
    } catch {
      return '';
    }
  }
}
