import { calendarDateIn, DEFAULT_TIME_ZONE } from '@casetrack/contracts';

/** One HTTP attempt: when it was sent, to which service, what came back (0: no answer), and whether it repeated an earlier one. */
export interface Attempt {
  at: number;
  service: string;
  status: number;
  retry: boolean;
}

/** A figure of the annual report moved by a request that succeeded, counted in the year of `at`. */
interface Fact {
  figure: string;
  at: string;
  amount: number;
  /** Counts in its year and every later one (committees in place at a year's end). */
  cumulative: boolean;
}

/**
 * What the load generator did and what it therefore expects: every HTTP attempt and its answer,
 * the figures moved by the requests that finally got a 2xx (only those), and the rows each
 * service must now hold with their status. A request retried with its Idempotency-Key after no
 * answer or a 503 is one logical request: its figures are recorded once, when it succeeds.
 */
export class Ledger {
  readonly attempts: Attempt[] = [];
  /** Logical requests (one Idempotency-Key each) started, succeeded, and abandoned. */
  steps = 0;
  stepsSucceeded = 0;
  stepsAbandoned = 0;
  /** Logical requests that succeeded, by service and route (`mediation POST /v1/disputes/:id/correction`). */
  readonly succeededByRoute = new Map<string, number>();
  /** 500s and other unexpected answers: each one is a bug (bad input is never sent). */
  readonly unexpected: string[] = [];
  private readonly facts: Fact[] = [];
  /** table → id → status the row must have. */
  private readonly rows = new Map<string, Map<string, string>>();

  constructor(private readonly timeZone = DEFAULT_TIME_ZONE) {}

  attempt(service: string, sentAt: number, status: number, retry: boolean): void {
    this.attempts.push({ at: sentAt, service, status, retry });
  }

  /** Adds `amount` to a report figure (`mediation.succeeded`) in the year of `at`. */
  fact(figure: string, at: string, amount = 1, cumulative = false): void {
    this.facts.push({ figure, at, amount, cumulative });
  }

  /** The row `id` of `table` must exist with this status (the latest successful step's answer). */
  row(table: string, id: string, status: string): void {
    if (!this.rows.has(table)) this.rows.set(table, new Map());
    this.rows.get(table)!.set(id, status);
  }

  expectedRows(): ReadonlyMap<string, ReadonlyMap<string, string>> {
    return this.rows;
  }

  /** Every tracked figure of `year` (those no request moved are 0). */
  expected(year: number, tracked: readonly string[]): Map<string, number> {
    const out = new Map<string, number>(tracked.map((f) => [f, 0]));
    for (const f of this.facts) {
      const y = calendarDateIn(this.timeZone, f.at).year;
      if (y === year || (f.cumulative && y < year)) out.set(f.figure, (out.get(f.figure) ?? 0) + f.amount);
    }
    return out;
  }

  /** Counts for the per-scenario summary. */
  summary(since = 0, until = Infinity) {
    const window = this.attempts.filter((a) => a.at >= since && a.at <= until);
    const ok = window.filter((a) => a.status >= 200 && a.status < 300).length;
    return {
      requests: window.length,
      ok,
      retried: window.filter((a) => a.retry).length,
      noAnswer: window.filter((a) => a.status === 0).length,
      unavailable: window.filter((a) => a.status === 503).length,
      serverErrors: window.filter((a) => a.status >= 500 && a.status !== 503).length,
    };
  }
}
