import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './processes';

function git(args: string[]): string | null {
  try {
    // --no-optional-locks: reading the status must not even refresh the index of the shared checkout.
    return execFileSync('git', ['--no-optional-locks', ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** The machine and code the figures come from: cores, load, commit, versions. */
export function describeMachine() {
  const status = git(['status', '--porcelain', '--untracked-files=no']);
  return {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg(),
    commit: git(['rev-parse', '--short=12', 'HEAD']) ?? 'unknown',
    uncommittedChanges: status === null ? null : status.length > 0,
    node: process.version,
    kafkajs: (JSON.parse(readFileSync(join(ROOT, 'node_modules/kafkajs/package.json'), 'utf8')) as { version: string }).version,
  };
}
