/**
 * npm run report -- [year] — prints the annual report of the running reporting service in the
 * terminal: the Chinese prose of the published report, then every figure in an aligned table.
 */
async function main(): Promise<void> {
  const year = process.argv[2] ?? '2019';
  const base = process.env.REPORTING_URL ?? `http://127.0.0.1:${process.env.REPORTING_PORT ?? 3005}`;
  const district = process.env.DISTRICT_CODE ?? '500106';
  const res = await fetch(`${base}/v1/reports/annual/${encodeURIComponent(year)}?district=${district}&format=markdown`);
  const text = await res.text();
  if (!res.ok) throw new Error(`the reporting service answered ${res.status}: ${text}`);
  console.log(`\n${text}`);
}

main().catch((err) => {
  console.error(`report: ${(err as Error).message} (is the reporting service running? npm run services:up)`);
  process.exit(1);
});
