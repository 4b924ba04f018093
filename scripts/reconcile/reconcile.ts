import { Client } from 'pg';
import { administrativeReviewReconcile } from './administrative-review.reconcile';
import { ReconcileArea } from './area';
import { fileReviewReconcile } from './file-review.reconcile';
import { legalAffairsReconcile } from './legal-affairs.reconcile';
import { legalEducationReconcile } from './legal-education.reconcile';
import { legalAidReconcile } from './legal-aid.reconcile';
import { litigationReconcile } from './litigation.reconcile';
import { mediationReconcile } from './mediation.reconcile';
import { publicLegalServicesReconcile } from './public-legal-services.reconcile';

/** Every recomputed section of the annual report. Add an area's module here. */
export const RECONCILE_AREAS: readonly ReconcileArea[] = [
  mediationReconcile,
  legalAidReconcile,
  legalAffairsReconcile,
  administrativeReviewReconcile,
  litigationReconcile,
  fileReviewReconcile,
  publicLegalServicesReconcile,
  legalEducationReconcile,
];

/**
 * Report fields that are not figures but the state of the projection (when the last event was
 * applied, how far the consumer is behind): they say nothing about the counts.
 */
const NOT_FIGURES = ['asOf', 'consumerLag'];
const isFigure = (path: string) => !NOT_FIGURES.some((p) => path === p || path.startsWith(`${p}.`));

export interface ReconcileOptions {
  /** The database holding the case services' schemas (mediation, legal_aid, admin_review, file_review, legal_affairs). */
  databaseUrl: string;
  /** Base URL of the reporting service. */
  reportingUrl: string;
  year: number;
  district: string;
  /** The district's time zone (TIME_ZONE of the services). */
  timeZone: string;
  /** Sent with the report request (a bearer token). */
  headers?: Record<string, string>;
}

/** One figure the report shows differently from the case services' own tables. */
export interface Difference {
  figure: string;
  report: unknown;
  recomputed: unknown;
}

export interface ReconcileResult {
  year: number;
  district: string;
  /** How many figures were compared. */
  figures: number;
  differences: Difference[];
}

/**
 * Compares every figure of GET /v1/reports/annual/{year}?district= with the same figure recomputed
 * from the case services' tables. The tables have no district column (one service instance serves
 * one district), so the result is exact only for a database that holds that one district.
 * A figure the report shows and no area module recomputes is a difference too ("not recomputed"):
 * an unchecked figure must not pass silently.
 */
export async function reconcile(opts: ReconcileOptions): Promise<ReconcileResult> {
  const report = await fetchReport(opts);
  const expected: Record<string, unknown> = { district: opts.district, year: opts.year, timeZone: opts.timeZone };
  const db = new Client({ connectionString: opts.databaseUrl, application_name: 'casetrack-reconcile' });
  await db.connect();
  try {
    // One snapshot for every area, like the report reads its sections.
    await db.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    for (const area of RECONCILE_AREAS) expected[area.sectionKey] = await area.recompute(db, { year: opts.year, timeZone: opts.timeZone });
    await db.query('COMMIT');
  } finally {
    await db.end().catch(() => undefined);
  }
  return { year: opts.year, district: opts.district, ...compareFigures(report, expected) };
}

/**
 * Every leaf figure of `report` and of `recomputed`, compared exactly (numbers, texts, nulls). A
 * figure only one side has is a difference; the projection's state (asOf, consumerLag) is skipped.
 */
export function compareFigures(report: unknown, recomputed: unknown): { figures: number; differences: Difference[] } {
  const shown = flatten(report);
  const expected = flatten(recomputed);
  const figures = [...new Set([...shown.keys(), ...expected.keys()])].filter(isFigure);
  const differences: Difference[] = [];
  for (const figure of figures) {
    const a = shown.has(figure) ? shown.get(figure) : '(absent)';
    const b = expected.has(figure) ? expected.get(figure) : '(not recomputed)';
    if (!Object.is(a, b)) differences.push({ figure, report: a, recomputed: b });
  }
  return { figures: figures.length, differences };
}

/** One line per difference, then the count ("0 differences" when there are none). */
export function formatResult(result: ReconcileResult): string {
  const lines = result.differences.map(
    (d) => `  ${d.figure.padEnd(48)} report ${JSON.stringify(d.report).padEnd(14)} recomputed ${JSON.stringify(d.recomputed)}`,
  );
  const n = result.differences.length;
  lines.push(`${n} difference${n === 1 ? '' : 's'} (${result.figures} figures of ${result.year}, district ${result.district})`);
  return lines.join('\n');
}

async function fetchReport(opts: ReconcileOptions): Promise<Record<string, unknown>> {
  const url = `${opts.reportingUrl}/v1/reports/annual/${opts.year}?district=${encodeURIComponent(opts.district)}`;
  const res = await fetch(url, { headers: opts.headers, signal: AbortSignal.timeout(30_000) }).catch((err: Error & { cause?: Error }) => {
    throw new Error(`cannot read the report at ${url}: ${err.cause?.message ?? err.message} (is the reporting service running? REPORTING_URL)`);
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

/** Leaf values by dotted path (`mediation.successRate.value`); a null rate is one leaf. */
function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && prefix !== '') out.set(prefix, '{}');
    for (const [k, v] of entries) flatten(v, prefix === '' ? k : `${prefix}.${k}`, out);
  } else out.set(prefix, Array.isArray(value) ? JSON.stringify(value) : value);
  return out;
}
