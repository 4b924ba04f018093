/**
 * Preloaded into a bench child (node --require) when BENCH_PROFILE=1: records a V8 CPU profile from
 * start and writes it to $BENCH_PROFILE_DIR/<label>-<pid>.cpuprofile when SIGTERM arrives, before
 * the service's own shutdown runs. (--cpu-prof cannot be used: the services end on SIGTERM by
 * re-raising the signal, and then Node writes no profile.) Open the file in Chrome DevTools or
 * speedscope, or summarise it with `node dist/bench/tools/profile-summary.js <file>`.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 1000 });
session.post('Profiler.start');

// Registered before the service registers its own handlers, so it runs first; the main-thread
// inspector session answers synchronously, so the file is written before shutdown begins.
process.prependListener('SIGTERM', () => {
  session.post('Profiler.stop', (err, result) => {
    if (err) return;
    const file = join(process.env.BENCH_PROFILE_DIR ?? '.', `${process.env.BENCH_PROFILE_LABEL ?? 'node'}-${process.pid}.cpuprofile`);
    writeFileSync(file, JSON.stringify(result.profile));
  });
});
