/**
 * npm run reporting:rebuild — rebuilds every reporting projection from offset 0 inside the running
 * reporting service (POST /v1/admin/rebuild) and follows it to the end: it swaps the rebuilt tables
 * in atomically while the service keeps answering. It issues itself an admin token with the
 * services' secret (AUTH_JWT_SECRET or the local default). Exits 1 when the rebuild fails.
 */
import { issueToken, readAuthSecret } from '@casetrack/platform';

const POLL_MS = 1_000;

interface Rebuild {
  id: string;
  status: string;
  groupId: string;
  previousGroupId: string;
  applied: number;
  lag: Record<string, number> | null;
  retiredSchema: string | null;
  error: string | null;
}

async function main(): Promise<void> {
  const base = process.env.REPORTING_URL ?? `http://127.0.0.1:${process.env.REPORTING_PORT ?? 3005}`;
  const token = issueToken({ sub: 'reporting-rebuild', role: 'admin' }, readAuthSecret(), { ttl: '12h' });
  const headers = { authorization: `Bearer ${token}`, 'idempotency-key': `reporting-rebuild-${process.pid}-${Date.now()}` };
  const started = await fetch(`${base}/v1/admin/rebuild`, { method: 'POST', headers });
  const first = (await started.json()) as Rebuild & { message?: string };
  if (!started.ok) throw new Error(`the reporting service answered ${started.status}: ${first.message ?? JSON.stringify(first)}`);
  console.log(`rebuild ${first.id}: consuming as ${first.groupId} (was ${first.previousGroupId})`);
  let last = '';
  for (;;) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    const res = await fetch(`${base}/v1/admin/rebuild`, { headers: { authorization: headers.authorization } });
    const { rebuild } = (await res.json()) as { rebuild: Rebuild | null };
    if (!res.ok || !rebuild) throw new Error(`the reporting service answered ${res.status} while following the rebuild`);
    const lag = rebuild.lag ? Object.values(rebuild.lag).reduce((s, n) => s + n, 0) : null;
    const line = `${rebuild.status}: ${rebuild.applied} events applied${lag === null ? '' : `, ${lag} to go`}`;
    if (line !== last) console.log(line);
    last = line;
    if (rebuild.status === 'done') {
      console.log(`done: the live projections follow ${rebuild.groupId}; the replaced ones are in schema ${rebuild.retiredSchema} (drop it when no longer wanted)`);
      return;
    }
    if (rebuild.status === 'failed') throw new Error(`the rebuild failed: ${rebuild.error}; the live projections are unchanged`);
  }
}

main().catch((err) => {
  console.error(`reporting:rebuild: ${(err as Error).message} (is the reporting service running? npm run services:up)`);
  process.exit(1);
});
