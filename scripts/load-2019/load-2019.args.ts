import { listOption, matchingOption, numberOption, parseCommandLine, stringOption } from '../cli/args';
import { AREA_LOADERS } from './loaders';

/** The areas the loader knows (mediation, legal-aid, administrative-review, litigation, file-review, legal-affairs, public-legal-services, legal-education), in the order they run. */
export const AREAS: readonly string[] = AREA_LOADERS.map((l) => l.area);

export const USAGE = `usage: npm run load:2019 -- [--scale 1] [--areas ${AREAS.join(',')}] [--concurrency 32] [--run-id spb2019]
  --scale        share of the year to load, in (0, 1] (default 1)
  --areas        comma-separated areas to load (default all)
  --concurrency  requests in flight, 1–1024 (default 32)
  --run-id       names the run's Idempotency-Keys: letters, digits, . _ - (default spb2019)`;

export interface LoadArgs {
  scale: number;
  areas: string[];
  concurrency: number;
  runId: string;
}

/** The loader's options from its command line; throws a UsageError on an unknown option or a malformed value. */
export function parseLoadArgs(argv: readonly string[]): LoadArgs {
  const line = parseCommandLine(argv, { scale: { type: 'string' }, areas: { type: 'string' }, concurrency: { type: 'string' }, 'run-id': { type: 'string' } });
  return {
    scale: numberOption('scale', stringOption(line, 'scale', '1'), { min: 0, max: 1, fractional: true, minExclusive: true }),
    areas: listOption('areas', stringOption(line, 'areas', AREAS.join(',')), AREAS),
    concurrency: numberOption('concurrency', stringOption(line, 'concurrency', '32'), { min: 1, max: 1024 }),
    runId: matchingOption('run-id', stringOption(line, 'run-id', 'spb2019'), /^[A-Za-z0-9._-]{1,64}$/, '1–64 letters, digits, ".", "_" or "-"'),
  };
}
