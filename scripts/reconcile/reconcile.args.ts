import { matchingOption, parseCommandLine, stringOption, UsageError, yearOption } from '../cli/args';

export const USAGE = `usage: npm run reconcile -- --year 2019 [--district 500106]
  --year      the report year, four digits (required)
  --district  6-digit district code (default DISTRICT_CODE or 500106)`;

/** The reconciliation's options; throws a UsageError on an unknown option, a missing year or a malformed value. */
export function parseReconcileArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): { year: number; district: string } {
  const line = parseCommandLine(argv, { year: { type: 'string' }, district: { type: 'string' } });
  const year = stringOption(line, 'year');
  if (year === undefined) throw new UsageError('--year is required');
  return {
    year: yearOption('year', year),
    district: matchingOption('district', stringOption(line, 'district', env.DISTRICT_CODE ?? '500106'), /^\d{6}$/, 'a 6-digit code'),
  };
}
