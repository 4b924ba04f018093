import { matchingOption, parseCommandLine, stringOption, UsageError, yearOption } from './cli/args';

export const USAGE = `usage: npm run report -- [year] [--district 500106]
  year        the report year, four digits (default 2019; also --year 2019)
  --district  6-digit district code (default DISTRICT_CODE or 500106)`;

/** The report printer's options; throws a UsageError on an unknown option or a malformed year or district. */
export function parsePrintReportArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): { year: number; district: string } {
  const line = parseCommandLine(argv, { year: { type: 'string' }, district: { type: 'string' } }, 1);
  const [positional] = line.positionals;
  const option = stringOption(line, 'year');
  if (positional !== undefined && option !== undefined) throw new UsageError('give the year once, either as a word or as --year');
  return {
    year: yearOption('year', positional ?? option ?? '2019'),
    district: matchingOption('district', stringOption(line, 'district', env.DISTRICT_CODE ?? '500106'), /^\d{6}$/, 'a 6-digit code'),
  };
}
