import { listOption, parseCommandLine, stringOption } from '../scripts/cli/args';
import { SCENARIOS, ScenarioName } from './settings';

export const USAGE = `usage: npm run bench -- [--quick] [--only ${SCENARIOS.join(',')}]
  --quick  short durations and small sizes (as BENCH_QUICK=1)
  --only   comma-separated scenarios to run (as BENCH_ONLY; default all)
Environment: BENCH_QUICK, BENCH_ONLY, BENCH_PROFILE, BENCH_NODE_FLAGS, BENCH_DATABASE_URL, BENCH_PORT_OFFSET, KAFKA_BROKERS (see docs/benchmarks.md).`;

/** What the command line sets (it wins over BENCH_QUICK / BENCH_ONLY); throws a UsageError on an unknown option or scenario. */
export function parseBenchArgs(argv: readonly string[]): { quick?: boolean; only?: ScenarioName[] } {
  const line = parseCommandLine(argv, { quick: { type: 'boolean' }, only: { type: 'string' } });
  const only = stringOption(line, 'only');
  return {
    ...(line.values.quick === true ? { quick: true } : {}),
    ...(only !== undefined ? { only: listOption('only', only, SCENARIOS) } : {}),
  };
}
