/**
 * Summarises a V8 .cpuprofile (from BENCH_PROFILE=1): where the process's CPU time went, by package
 * and by function (self time).
 *
 *   node dist/bench/tools/profile-summary.js .run/bench-logs/<run>-ingest-mediation-<pid>.cpuprofile [--top 30]
 */
import { readFileSync } from 'node:fs';
import { numberOption, parseCommandLine, runCli, stringOption, UsageError } from '../../scripts/cli/args';

const USAGE = 'usage: node dist/bench/tools/profile-summary.js <file.cpuprofile> [--top 30]';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The package (node_modules name), compiled casetrack folder or Node internal a frame belongs to. */
function owner(url: string, fn: string): string {
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 13).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const dist = url.indexOf('/dist/');
  if (dist >= 0) return url.slice(dist + 6).split('/').slice(0, 3).join('/');
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  return fn ? `(${fn})` : '(native)';
}

function main(argv: string[]): void {
  const line = parseCommandLine(argv, { top: { type: 'string' } }, 1);
  const [file] = line.positionals;
  if (!file) throw new UsageError('the .cpuprofile file is required');
  const top = numberOption('top', stringOption(line, 'top', '30'), { min: 1, max: 10_000 });
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    total += us;
    const o = owner(url, functionName);
    byOwner.set(o, (byOwner.get(o) ?? 0) + us);
    const f = `${functionName || '(anonymous)'}  ${url.replace(/^file:\/\//, '')}:${lineNumber + 1}`;
    byFunction.set(f, (byFunction.get(f) ?? 0) + us);
  });
  const busy = total - (byOwner.get('(idle)') ?? 0);
  const print = (title: string, m: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${((us / total) * 100).toFixed(1).padStart(5)} %  ${(us / 1e6).toFixed(2).padStart(7)} s  ${k}`);
  };
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s profiled, ${(busy / 1e6).toFixed(1)} s busy (not idle)`);
  print('by package / folder (self time)', byOwner);
  print('by function (self time)', byFunction);
}

runCli('profile-summary', USAGE, main);
