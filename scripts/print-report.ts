/**
 * npm run report -- [year] [--district 500106] — prints the annual report of the running reporting
 * service in the terminal: the Chinese prose of the published report, then every figure in an
 * aligned table. It issues itself a report-reader token (signed with AUTH_JWT_PRIVATE_KEY or the
 * local development key). Options are strict: an unknown one or a malformed year exits 2.
 */
import { issueToken } from '@casetrack/platform';
import { runCli } from './cli/args';
import { parsePrintReportArgs, USAGE } from './print-report.args';

async function main(argv: string[]): Promise<void> {
  const { year, district } = parsePrintReportArgs(argv);
  const base = process.env.REPORTING_URL ?? `http://127.0.0.1:${process.env.REPORTING_PORT ?? 3005}`;
  const token = issueToken({ sub: 'report-printer', role: 'report-reader' }, undefined, { ttl: '5m' });
  let res: Response;
  try {
    res = await fetch(`${base}/v1/reports/annual/${year}?district=${district}&format=markdown`, { headers: { authorization: `Bearer ${token}` } });
  } catch (err) {
    throw new Error(`${(err as Error).message} (is the reporting service running? npm run services:up)`);
  }
  const text = await res.text();
  if (!res.ok) throw new Error(`the reporting service answered ${res.status}: ${text}`);
  console.log(`\n${text}`);
}

runCli('report', USAGE, main);
