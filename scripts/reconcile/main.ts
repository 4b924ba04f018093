/**
 * npm run reconcile -- --year 2019 [--district 500106]
 *
 * Compares every figure of the annual report (GET /v1/reports/annual/{year}) with the same figure
 * recomputed directly from the case services' own tables, prints each difference (figure, report
 * value, recomputed value) and exits 1 if there is any, 0 with "0 differences" otherwise (2 when it
 * cannot run). Environment: DATABASE_URL (the case services' database), REPORTING_URL (or
 * REPORTING_PORT), DISTRICT_CODE, TIME_ZONE and AUTH_JWT_SECRET, with the services' local defaults.
 *
 * The case tables have no district column: run it against a database that holds one district.
 */
import { DEFAULT_TIME_ZONE } from '@casetrack/contracts';
import { issueToken, readAuthSecret } from '@casetrack/platform';
import { formatResult, reconcile } from './reconcile';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const rawYear = arg('year') ?? '';
  if (!/^\d{4}$/.test(rawYear)) {
    console.error('usage: npm run reconcile -- --year 2019 [--district 500106]');
    return 2;
  }
  const district = arg('district') ?? process.env.DISTRICT_CODE ?? '500106';
  if (!/^\d{6}$/.test(district)) {
    console.error(`--district must be a 6-digit code, got "${district}"`);
    return 2;
  }
  const result = await reconcile({
    year: Number(rawYear),
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

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`reconcile: ${(err as Error).message}`);
    process.exit(2);
  },
);
