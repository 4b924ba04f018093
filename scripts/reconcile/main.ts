/**
 * npm run reconcile -- --year 2019 [--district 500106]
 *
 * Compares every figure of the annual report (GET /v1/reports/annual/{year}) with the same figure
 * recomputed directly from the case services' own tables, prints each difference (figure, report
 * value, recomputed value) and exits 1 if there is any, 0 with "0 differences" otherwise (2 when it
 * cannot run, or for an unknown option or a malformed value). Environment: DATABASE_URL (the case
 * services' database), REPORTING_URL (or REPORTING_PORT), DISTRICT_CODE, TIME_ZONE and
 * AUTH_JWT_PRIVATE_KEY (tokens are signed with it, or with the local development key), with the
 * services' local defaults.
 *
 * The case tables have no district column: run it against a database that holds one district.
 */
import { DEFAULT_TIME_ZONE } from '@casetrack/contracts';
import { issueToken, readTokenSigning, renewingAuthHeaders } from '@casetrack/platform';
import { runCli } from '../cli/args';
import { formatResult, reconcile } from './reconcile';
import { parseReconcileArgs, USAGE } from './reconcile.args';

async function main(argv: string[]): Promise<number> {
  const { year, district } = parseReconcileArgs(argv);
  const signing = readTokenSigning();
  const result = await reconcile({
    year,
    district,
    databaseUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/casetrack',
    reportingUrl: process.env.REPORTING_URL ?? `http://127.0.0.1:${process.env.REPORTING_PORT ?? 3005}`,
    timeZone: process.env.TIME_ZONE ?? DEFAULT_TIME_ZONE,
    // Renewed as it goes, like the 2019 loader's: a token lives at most 15 minutes.
    headers: renewingAuthHeaders(() => issueToken({ sub: 'reconcile', role: 'report-reader' }, signing)),
  });
  console.log(formatResult(result));
  return result.differences.length === 0 ? 0 : 1;
}

// 2 when it cannot run at all, as for bad usage: 1 means "the report differs".
runCli('reconcile', USAGE, main, 2);
