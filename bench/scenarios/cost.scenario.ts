import { figure, ScenarioResult } from '../report/figures';
import { sleep } from '../support/poll';
import { LoadResult } from '../support/http-load';
import { ProcessSampler, ProcessUsage } from '../support/proc-stats';

export type IdleUsage = Record<string, ProcessUsage>;

/** Samples CPU and RSS of idle processes over `seconds` (after a few seconds for timers and GC to settle). */
export async function measureIdle(pids: Record<string, number>, seconds: number, intervalMs: number): Promise<IdleUsage> {
  await sleep(5_000);
  const sampler = new ProcessSampler(pids, intervalMs).start();
  await sleep(seconds * 1000);
  return sampler.stop();
}

/** The larger RSS and the mean CPU of one process over the register and conclusion windows. */
function underLoad(loads: { register: LoadResult; conclude: LoadResult }, name: string) {
  const a = loads.register.usage[name];
  const b = loads.conclude.usage[name];
  return {
    cpuPercent: (a.cpuPercent * a.seconds + b.cpuPercent * b.seconds) / (a.seconds + b.seconds),
    rssMaxMb: Math.max(a.rssMaxMb, b.rssMaxMb),
  };
}

/**
 * Scenario 5: CPU and RSS of each service idle (nothing happening for the idle window, after the
 * ingest load has drained) and during scenario 1's load, from /proc of the service processes.
 * The baseline column is the bare insert server: idle over the same window, and under the same load.
 */
export function costResult(
  idle: IdleUsage,
  loads: { casetrack: { register: LoadResult; conclude: LoadResult }; baseline: { register: LoadResult; conclude: LoadResult } },
  idleSeconds: number,
): ScenarioResult {
  const bareIdle = idle['bare server'];
  const bareLoad = underLoad(loads.baseline, 'bare server');
  const figures = [];
  for (const service of ['mediation', 'reporting']) {
    const load = underLoad(loads.casetrack, service);
    figures.push(
      figure('cost', `${service}: idle CPU`, '%', idle[service].cpuPercent, bareIdle.cpuPercent, { kind: 'below', max: 1 }),
      figure('cost', `${service}: idle RSS`, 'MB', idle[service].rssEndMb, bareIdle.rssEndMb),
      figure('cost', `${service}: CPU under ingest load`, '%', load.cpuPercent, bareLoad.cpuPercent),
      figure('cost', `${service}: RSS under ingest load (max)`, 'MB', load.rssMaxMb, bareLoad.rssMaxMb, { kind: 'below', max: 250 }),
    );
  }
  return {
    figures,
    notes: [
      `CPU in % of one core, from utime+stime in /proc/<pid>/stat; RSS from VmRSS in /proc/<pid>/status; sampled every second`,
      `idle: ${idleSeconds} s with nothing happening, after the ingest load reached the report and 5 s of settling; the baseline column is the bare insert server idle over the same window`,
      'under load: over the measured register and conclusion windows of scenario 1; the baseline column is the bare insert server under the same load',
    ],
    details: { idle, bareLoad },
  };
}
