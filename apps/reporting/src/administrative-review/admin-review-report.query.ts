import { ADMINISTRATIVE_MATTERS, CORRECTING_DECISIONS, REVIEW_CHANNELS, REVIEW_DECISIONS } from '@casetrack/contracts';
import { toSafeInteger } from '@casetrack/persistence';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { rate } from '../annual-report/rate';

export const ADMIN_REVIEW_DIMENSIONS = ['decision', 'channel', 'matter', 'month'] as const;
export type AdminReviewDimension = (typeof ADMIN_REVIEW_DIMENSIONS)[number];

const COLUMN: Record<Exclude<AdminReviewDimension, 'decision'>, string> = { channel: 'channel', matter: 'matter', month: 'month' };

/** Every value a dimension can take, so that a breakdown always lists all of them, zeros included. */
const KEYS: Record<Exclude<AdminReviewDimension, 'decision'>, readonly string[]> = {
  channel: REVIEW_CHANNELS,
  matter: ADMINISTRATIVE_MATTERS,
  month: Array.from({ length: 12 }, (_, i) => String(i + 1)),
};

interface Totals {
  received: number;
  accepted: number;
  rejected: number;
  extended: number;
  concluded: number;
  decidedLate: number;
  byDecision: Record<string, number>;
}

const SUMS = `coalesce(sum(received), 0) AS received, coalesce(sum(accepted), 0) AS accepted, coalesce(sum(rejected), 0) AS rejected,
  coalesce(sum(extended), 0) AS extended, coalesce(sum(concluded), 0) AS concluded, coalesce(sum(decided_late), 0) AS decided_late`;

const emptyTotals = (): Totals => ({
  received: 0, accepted: 0, rejected: 0, extended: 0, concluded: 0, decidedLate: 0,
  byDecision: Object.fromEntries(REVIEW_DECISIONS.map((d) => [d, 0])),
});

/** Adds rows grouped by decision ('' for the non-decision counters) into one set of totals. */
function addRow(t: Totals, r: Record<string, string>): void {
  t.received += toSafeInteger(r.received);
  t.accepted += toSafeInteger(r.accepted);
  t.rejected += toSafeInteger(r.rejected);
  t.extended += toSafeInteger(r.extended);
  t.concluded += toSafeInteger(r.concluded);
  t.decidedLate += toSafeInteger(r.decided_late);
  if (r.decision !== '') t.byDecision[r.decision] = (t.byDecision[r.decision] ?? 0) + toSafeInteger(r.concluded);
}

/** The figures of the section: counts, decisions, and the correction rate (纠错率) over conclusions. */
function figures(t: Totals) {
  const corrected = CORRECTING_DECISIONS.reduce((sum, d) => sum + (t.byDecision[d] ?? 0), 0);
  return {
    received: t.received,
    accepted: t.accepted,
    rejected: t.rejected,
    extended: t.extended,
    concluded: t.concluded,
    byDecision: t.byDecision,
    correctionRate: rate(corrected, t.concluded),
    decidedLate: t.decidedLate,
  };
}

/** The administrative review (行政复议) figures of a year, read from the rollups. */
@Injectable()
export class AdminReviewReportQuery {
  /** The administrativeReview section, with the accepted reviews still undecided past their deadline at the year's end. */
  async section(em: EntityManager, district: string, year: number, timeZone: string) {
    const rows: Record<string, string>[] = await em.query(
      `SELECT decision, ${SUMS} FROM admin_review_rollup WHERE district = $1 AND year = $2 GROUP BY decision ORDER BY decision`,
      [district, year],
    );
    const totals = emptyTotals();
    for (const r of rows) addRow(totals, r);
    const [open] = await em.query(
      `WITH year_end AS (SELECT make_timestamp($2 + 1, 1, 1, 0, 0, 0) AT TIME ZONE $3 AS at)
       SELECT count(*) AS count FROM admin_review_deadlines, year_end
        WHERE district = $1 AND due_at < year_end.at AND (decided_at IS NULL OR decided_at >= year_end.at)`,
      [district, year, timeZone],
    );
    return { ...figures(totals), openPastDueAtYearEnd: toSafeInteger(open.count) };
  }

  /**
   * The figures broken down by one dimension. By decision: each decision's conclusions, those decided
   * late and its share of all conclusions; by channel, matter or month: the section's figures per value.
   */
  async breakdown(em: EntityManager, district: string, year: number, by: AdminReviewDimension) {
    if (by === 'decision') return this.byDecision(em, district, year);
    const column = COLUMN[by];
    const rows: Record<string, string>[] = await em.query(
      `SELECT ${column} AS key, decision, ${SUMS} FROM admin_review_rollup WHERE district = $1 AND year = $2
        GROUP BY ${column}, decision ORDER BY ${column}, decision`,
      [district, year],
    );
    const found = new Map<string, Totals>();
    for (const r of rows) {
      const key = String(r.key);
      if (!found.has(key)) found.set(key, emptyTotals());
      addRow(found.get(key)!, r);
    }
    const keys = [...KEYS[by], ...[...found.keys()].filter((k) => !KEYS[by].includes(k))];
    return keys.map((key) => ({ [by]: by === 'month' ? Number(key) : key, ...figures(found.get(key) ?? emptyTotals()) }));
  }

  private async byDecision(em: EntityManager, district: string, year: number) {
    const rows: Record<string, string>[] = await em.query(
      `SELECT decision, coalesce(sum(concluded), 0) AS concluded, coalesce(sum(decided_late), 0) AS decided_late
         FROM admin_review_rollup WHERE district = $1 AND year = $2 AND decision <> '' GROUP BY decision ORDER BY decision`,
      [district, year],
    );
    const found = new Map(rows.map((r) => [r.decision, { concluded: toSafeInteger(r.concluded), decidedLate: toSafeInteger(r.decided_late) }]));
    const total = [...found.values()].reduce((s, f) => s + f.concluded, 0);
    const keys = [...REVIEW_DECISIONS, ...[...found.keys()].filter((k) => !(REVIEW_DECISIONS as readonly string[]).includes(k))];
    return keys.map((decision) => {
      const f = found.get(decision) ?? { concluded: 0, decidedLate: 0 };
      return { decision, concluded: f.concluded, decidedLate: f.decidedLate, shareOfConcluded: rate(f.concluded, total) };
    });
  }
}
