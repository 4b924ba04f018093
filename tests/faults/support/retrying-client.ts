import { Ledger } from './ledger';

/** Thrown when the generator is told to stop before a step was sent: the flow ends there. */
export class Stopped extends Error {}

export interface RetryPolicy {
  /** How long one attempt may wait for an answer before it counts as "no answer". */
  attemptTimeoutMs: number;
  /** How long a logical request is retried before it is abandoned (a scenario then fails). */
  giveUpAfterMs: number;
}

const RETRIABLE = new Set([0, 500, 502, 503, 504]);

/**
 * POSTs as a careful real client does: every creating or changing request carries an
 * Idempotency-Key, and one that got no answer, a 503 or any 5xx is sent again with the SAME key
 * and body until it gets a 2xx. Every attempt is recorded in the ledger. A 4xx is never retried:
 * the workload sends only valid requests, so it is recorded as unexpected.
 */
export class RetryingClient {
  constructor(
    private readonly ledger: Ledger,
    private readonly policy: RetryPolicy,
    private readonly throttle: () => Promise<void>,
    private readonly isStopping: () => boolean,
    private readonly headers: Record<string, string> = {},
  ) {}

  /** The 2xx body; throws when abandoned or answered with a 4xx. */
  async post<T = any>(service: string, baseUrl: string, path: string, body: unknown, key: string): Promise<T> {
    if (this.isStopping()) throw new Stopped();
    await this.throttle();
    this.ledger.steps++;
    const started = Date.now();
    let delay = 100;
    for (let attempt = 1; ; attempt++) {
      const sentAt = Date.now();
      let status = 0;
      let answer: unknown;
      try {
        const res = await fetch(`${baseUrl}${path}`, {
          method: 'POST',
          headers: { ...this.headers, 'content-type': 'application/json', 'idempotency-key': key },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(this.policy.attemptTimeoutMs),
        });
        status = res.status;
        const text = await res.text();
        answer = text ? JSON.parse(text) : undefined;
      } catch {
        // No answer (refused, reset, timed out) or a body cut off: the request may or may not have been applied.
        status = status >= 200 && status < 300 ? 0 : status;
      }
      this.ledger.attempt(service, sentAt, status, attempt > 1);
      if (status >= 200 && status < 300) {
        this.ledger.stepsSucceeded++;
        const route = `${service} POST ${path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id')}`;
        this.ledger.succeededByRoute.set(route, (this.ledger.succeededByRoute.get(route) ?? 0) + 1);
        return answer as T;
      }
      if (status >= 500 && status !== 503) this.ledger.unexpected.push(`${status} from ${service} POST ${path}: ${JSON.stringify(answer).slice(0, 300)}`);
      if (!RETRIABLE.has(status)) {
        this.ledger.unexpected.push(`${status} from ${service} POST ${path}: ${JSON.stringify(answer).slice(0, 300)}`);
        throw new Error(`POST ${path} answered ${status}`);
      }
      if (Date.now() - started > this.policy.giveUpAfterMs) {
        this.ledger.stepsAbandoned++;
        throw new Error(`POST ${service}${path} abandoned after ${attempt} attempts (last status ${status})`);
      }
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 2_000);
    }
  }
}
