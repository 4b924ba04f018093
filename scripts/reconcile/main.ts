/**
 * npm run reconcile -- --year 2019 [--district 500106]
 *
 * Compares every figure of the annual report (GET /v1/reports/annual/{year}) with the same figure
 * recomputed directly from the case services' own tables, prints each difference (figure, report
 * value, recomputed value) and exits 1 if there is any, 0 with "0 differences" otherwise (2 when it
 * cannot run, or for an unknown option or a malformed value). Environment: DATABASE_URL (the case
 * services' database), REPORTING_URL (or REPORTING_PORT), DISTRICT_CODE, TIME_ZONE and
 * AUTH_JWT_SECRET, with the services' local defaults.
 *
 * The case tables have no district column: run it against a database that holds one district.
 */
import { DEFAULT_TIME_ZONE } from '@casetrack/contracts';
import { issueToken, readAuthSecret } from '@casetrack/platform';
import { runCli } from '../cli/args';
import { formatResult, reconcile } from './reconcile';
import { parseReconcileArgs, USAGE } from './reconcile.args';

async function main(argv: string[]): Promise<number> {
  const { year, district } = parseReconcileArgs(argv);
  const result = await reconcile({
    year,
    district,
    databaseUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/casetrack',
    reportingUrl: process.env.REPORTING_URL ?? `http://127.0.0.1:${process.env.REPORTING_PORT ?? 3005}`,
    timeZone: process.env.TIME_ZONE ?? DEFAULT_TIME_ZONE,
    // Signed with the services' secret (AUTH_JWT_SECRET), like the 2019 loader's token.
    headers: { authorization: `Bearer ${issueToken({ sub: 'reconcile', role: 'report-reader' }, readAuthSecret(), { ttl: '10m' })}` },
  });
  console.log(formatResult(result));
  return result.differences.length === 0 ? 0 : 1;
}

// 2 when it cannot run at all, as for bad usage: 1 means "the report differs".
runCli('reconcile', USAGE, main, 2);
