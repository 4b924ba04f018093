/**
 * npm run load:2019 — replays Shapingba's 2019 year through the public HTTP APIs of the running
 * services, then waits until the annual report shows exactly the generator's figures.
 *
 *   npm run load:2019 -- [--scale 1] [--areas mediation,legal-aid] [--concurrency 32] [--run-id spb2019]
 *
 * Options are strict: an unknown one or a malformed value prints the usage and exits 2, loading nothing.
 *
 * Safe to run twice: every request carries an Idempotency-Key derived from --run-id. It issues itself
 * admin tokens (signed with AUTH_JWT_PRIVATE_KEY or the local development key), a fresh one every
 * few minutes: a load runs for minutes and a token lives at most 15.
 */
import { issueToken, readTokenSigning, renewingAuthHeaders } from '@casetrack/platform';
import { HttpClient } from '../../tests/support/http-client';
import { runCli } from '../cli/args';
import { differences } from './compare';
import { parseLoadArgs, USAGE } from './load-2019.args';
import { AREA_LOADERS, SERVICE_URLS } from './loaders';

async function main(argv: string[]): Promise<number> {
  // Parsed before anything else: a typo such as --areas mediaton must load nothing and say so.
  const { scale, concurrency, runId, areas } = parseLoadArgs(argv);
  const district = process.env.DISTRICT_CODE ?? '500106';
  const signing = readTokenSigning();
  const headers = renewingAuthHeaders(() => issueToken({ sub: 'loader-2019', role: 'admin' }, signing));

  const started = Date.now();
  const lastPrint = new Map<string, number>();
  const progress = (area: string, done: number, total: number) => {
    const now = Date.now();
    if (done !== total && now - (lastPrint.get(area) ?? 0) < 1000) return;
    lastPrint.set(area, now);
    const pct = ((done / total) * 100).toFixed(0).padStart(3);
    const line = `  ${area.padEnd(24)} ${pct}%  ${String(done).padStart(6)}/${total} requests  ${((now - started) / 1000).toFixed(1)} s`;
    if (process.stdout.isTTY) process.stdout.write(`\r${line}${done === total ? '\n' : ''}`);
    else if (done === total || done % 2000 < 50) console.log(line);
  };

  console.log(`Loading the 2019 year (scale ${scale}, run ${runId}, areas ${areas.join(', ')}) through the public APIs…`);
  for (const loader of AREA_LOADERS.filter((l) => areas.includes(l.area))) {
    await loader.load({ baseUrl: SERVICE_URLS[loader.area], district, scale, concurrency, runId, headers, progress });
  }
  const loadedMs = Date.now() - started;
  console.log(`Loaded in ${(loadedMs / 1000).toFixed(1)} s. Waiting for the report to catch up…`);

  const checked = AREA_LOADERS.filter((l) => areas.includes(l.area));
  const reporting = new HttpClient(SERVICE_URLS.reporting, headers);
  const deadline = Date.now() + 180_000;
  let diffs: string[] = [];
  do {
    const res = await reporting.get(`/v1/reports/annual/2019?district=${district}`);
    diffs = res.status === 200
      ? checked.flatMap((l) => differences(res.body[l.sectionKey], l.expected(scale)).map((d) => `${l.sectionKey}.${d}`))
      : [`report answered ${res.status}`];
    if (diffs.length === 0) break;
    await new Promise((r) => setTimeout(r, 500));
  } while (Date.now() < deadline);
  if (diffs.length > 0) {
    console.error(`The 2019 report does not match the loaded year:\n  ${diffs.join('\n  ')}`);
    return 1;
  }
  console.log(`The 2019 report matches every loaded figure (${((Date.now() - started) / 1000).toFixed(1)} s in all).`);
  return 0;
}

runCli('load:2019', USAGE, main);
