/**
 * npm run reporting:rebuild — rebuilds every reporting projection from offset 0 inside the running
 * reporting service (POST /v1/admin/rebuild) and follows it to the end: it swaps the rebuilt tables
 * in atomically while the service keeps answering. `-- --status` prints the current or last rebuild
 * and exits; `-- --abort` aborts the running one and waits until its tables are gone. Ended by
 * SIGINT, SIGTERM or SIGHUP while following, it aborts the rebuild it started (a rebuild nobody
 * follows would otherwise run on unseen). It issues itself admin tokens (signed with
 * AUTH_JWT_PRIVATE_KEY or the local development key), a fresh one every few minutes since a token
 * lives at most 15. Exits 1 when the rebuild fails, is aborted or times out.
 */
import { issueToken, readTokenSigning, renewingAuthHeaders } from '@casetrack/platform';
import { parseArgs } from 'node:util';

const POLL_MS = 1_000;
const ENDED = new Set(['done', 'failed', 'aborted', 'timed-out']);

interface Partition {
  topic: string;
  partition: number;
  position: number;
  end: number;
  lag: number;
  lastProgressAt: string;
  stalled: boolean;
}

interface Rebuild {
  id: string;
  status: string;
  startedAt: string;
  lastProgressAt: string;
  deadline: string;
  groupId: string;
  previousGroupId: string;
  applied: number;
  lag: Record<string, number> | null;
  partitions: Partition[];
  stalled: boolean;
  retiredSchema: string | null;
  error: string | null;
}

const base = process.env.REPORTING_URL ?? `http://127.0.0.1:${process.env.REPORTING_PORT ?? 3005}`;
const signing = readTokenSigning();
const auth = renewingAuthHeaders(() => issueToken({ sub: 'reporting-rebuild', role: 'admin' }, signing));

async function call<T>(method: 'GET' | 'POST', path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T & { message?: string } }> {
  const res = await fetch(`${base}${path}`, { method, headers: { ...auth, ...headers } });
  return { status: res.status, body: (await res.json()) as T & { message?: string } };
}

async function current(): Promise<Rebuild | null> {
  const res = await call<{ rebuild: Rebuild | null }>('GET', '/v1/admin/rebuild');
  if (res.status !== 200) throw new Error(`the reporting service answered ${res.status}: ${res.body.message ?? JSON.stringify(res.body)}`);
  return res.body.rebuild;
}

function describe(r: Rebuild): string {
  const lag = r.lag ? Object.values(r.lag).reduce((s, n) => s + n, 0) : null;
  const stalled = r.partitions.filter((p) => p.stalled).map((p) => `${p.topic}/${p.partition} at ${p.position} of ${p.end} since ${p.lastProgressAt}`);
  return `${r.status}: ${r.applied} events applied${lag === null ? '' : `, ${lag} to go`}${stalled.length > 0 ? `; STALLED on ${stalled.join(', ')}` : ''}`;
}

/** Prints each change of the rebuild until it ends; returns how it ended. */
async function follow(): Promise<Rebuild> {
  let last = '';
  for (;;) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    const rebuild = await current();
    if (!rebuild) throw new Error('the reporting service shows no rebuild (was it restarted?)');
    const line = describe(rebuild);
    if (line !== last) console.log(line);
    last = line;
    if (ENDED.has(rebuild.status)) return rebuild;
  }
}

function printStatus(r: Rebuild | null): void {
  if (!r) return void console.log('no rebuild has run in this reporting service since it started');
  console.log(`rebuild ${r.id} (${r.groupId}), started ${r.startedAt}, last progress ${r.lastProgressAt}, times out at ${r.deadline} at the latest`);
  console.log(describe(r));
  for (const p of r.partitions) console.log(`  ${p.topic}/${p.partition}: ${p.position} of ${p.end}${p.stalled ? ` STALLED since ${p.lastProgressAt}` : ''}`);
  if (r.error) console.log(`error: ${r.error}`);
}

async function abort(): Promise<Rebuild> {
  const res = await call<Rebuild>('POST', '/v1/admin/rebuild/abort');
  if (res.status !== 202) throw new Error(`cannot abort: ${res.body.message ?? JSON.stringify(res.body)}`);
  console.log(`aborting rebuild ${res.body.id}…`);
  return follow();
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { status: { type: 'boolean' }, abort: { type: 'boolean' } }, strict: true, allowPositionals: false });
  if (values.status && values.abort) throw new Error('give --status or --abort, not both');
  if (values.status) return printStatus(await current());
  if (values.abort) {
    const ended = await abort();
    console.log(`${ended.status}: ${ended.error ?? ''}`);
    return;
  }

  const started = await call<Rebuild>('POST', '/v1/admin/rebuild', { 'idempotency-key': `reporting-rebuild-${process.pid}-${Date.now()}` });
  if (started.status !== 202) throw new Error(`the reporting service answered ${started.status}: ${started.body.message ?? JSON.stringify(started.body)}`);
  console.log(`rebuild ${started.body.id}: consuming as ${started.body.groupId} (was ${started.body.previousGroupId}); it times out at ${started.body.deadline} at the latest`);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const)
    process.once(signal, () => {
      console.error(`reporting:rebuild: ${signal}: aborting rebuild ${started.body.id} so it does not run on unseen`);
      call('POST', '/v1/admin/rebuild/abort')
        .then((r) => console.error(r.status === 202 ? 'abort asked for; the service drops its tables' : `abort answered ${r.status}: ${(r.body as { message?: string }).message}`))
        .catch((err) => console.error(`cannot ask for the abort: ${(err as Error).message}; the rebuild's stall timeout will end it if it stops moving`))
        .finally(() => process.exit(code));
    });
  const ended = await follow();
  if (ended.status === 'done')
    return void console.log(`done: the live projections follow ${ended.groupId}; the replaced ones are in schema ${ended.retiredSchema} (drop it when no longer wanted)`);
  throw new Error(`the rebuild ${{ failed: 'failed', aborted: 'was aborted', 'timed-out': 'timed out' }[ended.status] ?? ended.status}: ${ended.error}`);
}

main().catch((err) => {
  console.error(`reporting:rebuild: ${(err as Error).message}`);
  if ((err as { code?: string }).code === 'ECONNREFUSED' || (err as Error).message === 'fetch failed') console.error('is the reporting service running? npm run services:up');
  process.exit(1);
});
