import { APPEARED_ROLES, PANEL_ROLES, PROBLEM_CATEGORIES, REVIEW_DECISIONS, REVIEW_GRADES } from '@casetrack/contracts';
import { Prng } from '../../../scripts/load-2019/prng';
import { CaseService, FlowContext, FLOWS, mediationSetup } from './flows';
import { Ledger } from './ledger';
import { RetryingClient, RetryPolicy, Stopped } from './retrying-client';

/** Report figures the generator predicts exactly (paths in the annual report JSON); derived rates are the reconciliation's job. */
export const TRACKED_FIGURES: readonly string[] = [
  ...['registered', 'mediated', 'succeeded', 'failed', 'withdrawn'].map((f) => `mediation.${f}`),
  ...['applied', 'accepted', 'rejected', 'assigned', 'closed', 'benefitFen'].map((f) => `legalAid.${f}`),
  ...['received', 'accepted', 'rejected', 'extended', 'concluded'].map((f) => `administrativeReview.${f}`),
  ...REVIEW_DECISIONS.map((d) => `administrativeReview.byDecision.${d}`),
  ...['filed', 'hearings', 'headAppearances', 'judged'].map((f) => `litigation.${f}`),
  ...APPEARED_ROLES.map((r) => `litigation.byRole.${r}`),
  ...['filesReviewed', 'problems', 'campaigns', 'filesSampled', 'campaignsNoticed'].map((f) => `fileReview.${f}`),
  ...REVIEW_GRADES.map((g) => `fileReview.byGrade.${g}`),
  ...PROBLEM_CATEGORIES.map((c) => `fileReview.problemsByCategory.${c}`),
  ...PANEL_ROLES.map((r) => `fileReview.panelByRole.${r}`),
];

export interface WorkloadOptions {
  runId: string;
  /** Base URL of each case service to drive; services left out get no load. */
  urls: Partial<Record<CaseService, string>>;
  /** Flows in flight at once per service. */
  concurrency?: Partial<Record<CaseService, number>>;
  /** First attempts per second across all services (retries are paced by their own back-off). */
  ratePerSecond: number;
  retry?: RetryPolicy;
  /** Sent with every request (a bearer token). */
  headers?: Record<string, string>;
}

/**
 * Drives the case services with cases that live their whole lives (register → conclude, apply →
 * accept → assign → close, …) until stopped, as a set of concurrent clients would. It knows the
 * exact figures the report must show: those of the requests that finally succeeded (ledger).
 */
export class LoadGenerator {
  readonly ledger = new Ledger();
  /** Flows that ended with an abandoned or refused request (each one fails a scenario). */
  readonly failures: string[] = [];
  private readonly client: RetryingClient;
  private stopping = false;
  private workers: Promise<void>[] = [];
  private committees: string[] = [];
  private nextAt = 0;
  private readonly nextFlow = new Map<CaseService, number>();
  startedAt = 0;
  stoppedAt = 0;

  constructor(private readonly opts: WorkloadOptions) {
    const retry = opts.retry ?? { attemptTimeoutMs: 15_000, giveUpAfterMs: 180_000 };
    this.client = new RetryingClient(this.ledger, retry, () => this.throttle(), () => this.stopping, opts.headers);
  }

  /** Creates what every flow needs first (mediation committees). */
  async setup(): Promise<void> {
    if (this.opts.urls.mediation) this.committees = await mediationSetup(this.context('mediation'));
  }

  /** Starts the load in the background; returns at once. */
  start(): void {
    this.stopping = false;
    this.startedAt = Date.now();
    for (const [service, url] of Object.entries(this.opts.urls) as [CaseService, string][]) {
      if (!url) continue;
      const n = this.opts.concurrency?.[service] ?? 2;
      for (let i = 0; i < n; i++) this.workers.push(this.worker(service));
    }
  }

  /** No new step is sent; resolves when every step in flight has succeeded or been abandoned. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.workers);
    this.workers = [];
    this.stoppedAt = Date.now();
  }

  /** Starts the load, runs `during` (the faults) and stops the load once it returns. */
  async around<T>(during: () => Promise<T>): Promise<T> {
    this.start();
    try {
      return await during();
    } finally {
      await this.stop();
    }
  }

  private async worker(service: CaseService): Promise<void> {
    const ctx = this.context(service);
    while (!this.stopping) {
      const n = this.nextFlow.get(service) ?? 0;
      this.nextFlow.set(service, n + 1);
      try {
        await FLOWS[service](ctx, n, new Prng(`${this.opts.runId}:${service}:${n}`));
      } catch (err) {
        if (err instanceof Stopped) return;
        this.failures.push(`${service} flow ${n}: ${(err as Error).message}`);
      }
    }
  }

  private context(service: CaseService): FlowContext {
    return { client: this.client, ledger: this.ledger, runId: this.opts.runId, url: this.opts.urls[service]!, committees: this.committees };
  }

  /** Spaces first attempts evenly at ratePerSecond. */
  private async throttle(): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.nextAt);
    this.nextAt = at + 1000 / this.opts.ratePerSecond;
    if (at > now) await new Promise((r) => setTimeout(r, at - now));
  }
}

/** Every tracked figure of `year` the report shows differently from the generator's prediction. */
export function figuresOffExpected(report: Record<string, any>, ledger: Ledger, year: number): string[] {
  const off: string[] = [];
  for (const [path, want] of ledger.expected(year, TRACKED_FIGURES)) {
    const got = path.split('.').reduce<any>((v, k) => (v === null || v === undefined ? undefined : v[k]), report) ?? 0;
    if (got !== want) off.push(`${path}: expected ${want}, report ${got}`);
  }
  return off;
}
