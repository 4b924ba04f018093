/**
 * npm run report -- [year] — prints the annual report of the running reporting service in the
 * terminal: the Chinese prose of the published report, then every figure in an aligned table. It
 * issues itself a report-reader token with the services' secret (AUTH_JWT_SECRET or the local default).
 */
import { issueToken, readAuthSecret } from '@casetrack/platform';

async function main(): Promise<void> {
  const year = process.argv[2] ?? '2019';
  const base = process.env.REPORTING_URL ?? `http://127.0.0.1:${process.env.REPORTING_PORT ?? 3005}`;
  const district = process.env.DISTRICT_CODE ?? '500106';
  const token = issueToken({ sub: 'report-printer', role: 'report-reader' }, readAuthSecret(), { ttl: '5m' });
  const res = await fetch(`${base}/v1/reports/annual/${encodeURIComponent(year)}?district=${district}&format=markdown`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`the reporting service answered ${res.status}: ${text}`);
  console.log(`\n${text}`);
}

main().catch((err) => {
  console.error(`report: ${(err as Error).message} (is the reporting service running? npm run services:up)`);
  process.exit(1);
});
