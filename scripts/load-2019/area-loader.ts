/**
 * The 2019 loader is one deterministic generator per case area. Each plans its year (every
 * request it will send, and the totals the annual report must then show), and replays the plan
 * through the service's public HTTP API with Idempotency-Keys, so running it twice changes nothing.
 */
export interface LoadContext {
  /** Base URL of the area's service, e.g. http://127.0.0.1:3002. */
  baseUrl: string;
  /** District code the service runs for (the report is read for it). */
  district: string;
  /** 1 = the full 2019 year of the seed; tests use a fraction (the figures scale, the rules do not). */
  scale: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** Prefix of every Idempotency-Key (and of codes that must be unique), so test runs do not collide. */
  runId: string;
  /** Extra request headers (e.g. Authorization). */
  headers: Record<string, string>;
  /** Reports progress: `done` of `total` requests. */
  progress(area: string, done: number, total: number): void;
}

/** Figures of one section of GET /v1/reports/annual/2019, by JSON path inside that section. */
export type ExpectedFigures = Record<string, number | string | null>;

export interface AreaLoader {
  /** Area name as in the report URL: mediation, legal-aid, administrative-review, file-review. */
  readonly area: string;
  /** Key of the area's section in the annual report JSON (mediation, legalAid, …). */
  readonly sectionKey: string;
  /** The figures the report must show once the year at `scale` is loaded (exactly). */
  expected(scale: number): ExpectedFigures;
  /** Sends the whole year through the public API. */
  load(ctx: LoadContext): Promise<void>;
}
