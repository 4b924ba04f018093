import { Agent, request } from 'node:http';
import { sleep } from './poll';

/**
 * Fires `total` calls at a fixed rate from a clock, not from responses (an open loop): call i is
 * due at start + i/rate whatever happened to earlier calls, so a slow server cannot slow the load
 * down and hide its own latency. Returns how late the scheduler fired (it should stay near 0).
 */
export async function openLoop(total: number, ratePerSecond: number, fire: (i: number) => void): Promise<{ maxLagMs: number; seconds: number }> {
  const interval = 1000 / ratePerSecond;
  const t0 = performance.now() + 5;
  let i = 0;
  let maxLagMs = 0;
  while (i < total) {
    const now = performance.now();
    while (i < total && t0 + i * interval <= now) {
      maxLagMs = Math.max(maxLagMs, now - (t0 + i * interval));
      fire(i++);
    }
    if (i < total) await sleep(Math.max(0, t0 + i * interval - performance.now() - 0.5));
  }
  return { maxLagMs, seconds: (performance.now() - t0) / 1000 };
}

export interface PostOutcome {
  status: number;
  sentAt: number;
  /** When the whole answer had arrived (performance.now()). */
  doneAt: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/** POSTs a JSON body over a keep-alive pool; never rejects (a network error is status 0). */
export function postJson(port: number, path: string, body: string, headers: Record<string, string> = {}): Promise<PostOutcome> {
  return new Promise((resolve) => {
    const sentAt = performance.now();
    const req = request(
      { host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, sentAt, doneAt: performance.now() }));
        res.on('error', () => resolve({ status: 0, sentAt, doneAt: performance.now() }));
      },
    );
    req.on('error', () => resolve({ status: 0, sentAt, doneAt: performance.now() }));
    req.end(body);
  });
}

/** Closes the keep-alive sockets of postJson (so the bench process can exit). */
export function closeOpenLoopAgent(): void {
  agent.destroy();
}
