import { HttpClient } from '../../tests/support/http-client';

/**
 * Runs `tasks` with at most `concurrency` in flight, in order of start. Stops at the first task
 * that fails (after the ones in flight settle) and rethrows its error.
 */
export async function runPool<T>(items: readonly T[], concurrency: number, task: (item: T, index: number) => Promise<void>, onDone?: (done: number) => void): Promise<void> {
  let next = 0;
  let done = 0;
  let failure: unknown;
  async function worker() {
    while (failure === undefined && next < items.length) {
      const index = next++;
      try {
        await task(items[index], index);
      } catch (err) {
        failure ??= err;
        return;
      }
      done++;
      onDone?.(done);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  if (failure !== undefined) throw failure;
}

/**
 * POSTs with an Idempotency-Key and retries transient failures (network errors, 503) a few times.
 * Any other non-2xx answer is an error naming the request: the loader's data must be valid.
 */
export async function postIdempotent(http: HttpClient, path: string, body: unknown, key: string, headers: Record<string, string> = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await http.post(path, body, { ...headers, 'Idempotency-Key': key });
      if (res.status >= 200 && res.status < 300) return res;
      if (res.status !== 503 || attempt >= 5) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    } catch (err) {
      if (attempt >= 5 || (err as Error).message.startsWith('POST ')) throw err;
    }
    await new Promise((r) => setTimeout(r, 200 * attempt));
  }
}
