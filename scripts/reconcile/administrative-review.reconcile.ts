import { CORRECTING_DECISIONS, REVIEW_DECISIONS } from '@casetrack/contracts';
import { rate } from '../../apps/reporting/src/annual-report/rate';
import { count, Db, everyKey, inYear, ReconcileArea, tableExists, YEAR_END, YearQuery } from './area';

/**
 * 行政复议 from admin_review.reviews: each step by its own timestamp, conclusions by decision, the
 * correction rate over conclusions, late decisions, and the accepted reviews whose deadline fell
 * before the year's end while still undecided at that instant.
 */
export const administrativeReviewReconcile: ReconcileArea = {
  sectionKey: 'administrativeReview',

  async recompute(db: Db, q: YearQuery) {
    const params = [q.year, q.timeZone];
    let r: Record<string, unknown> = {};
    const byDecision = new Map<string, number>();
    if (await tableExists(db, 'admin_review.reviews')) {
      const { rows } = await db.query(
        `SELECT count(*) FILTER (WHERE ${inYear('received_at')}) AS received,
                count(*) FILTER (WHERE ${inYear('accepted_at')}) AS accepted,
                count(*) FILTER (WHERE ${inYear('rejected_at')}) AS rejected,
                count(*) FILTER (WHERE ${inYear('extended_at')}) AS extended,
                count(*) FILTER (WHERE ${inYear('decided_at')}) AS concluded,
                count(*) FILTER (WHERE late AND ${inYear('decided_at')}) AS decided_late,
                count(*) FILTER (WHERE accepted_at IS NOT NULL AND due_at < ${YEAR_END}
                                   AND (decided_at IS NULL OR decided_at >= ${YEAR_END})) AS open_past_due
           FROM admin_review.reviews`,
        params,
      );
      r = rows[0];
      const decisions = await db.query<{ decision: string; n: string }>(
        `SELECT decision, count(*) AS n FROM admin_review.reviews WHERE ${inYear('decided_at')} GROUP BY decision`,
        params,
      );
      for (const d of decisions.rows) byDecision.set(d.decision, count(d.n));
    }
    const concluded = count(r.concluded);
    const corrected = CORRECTING_DECISIONS.reduce((sum, d) => sum + (byDecision.get(d) ?? 0), 0);
    return {
      received: count(r.received),
      accepted: count(r.accepted),
      rejected: count(r.rejected),
      extended: count(r.extended),
      concluded,
      byDecision: everyKey(REVIEW_DECISIONS, byDecision),
      correctionRate: rate(corrected, concluded),
      decidedLate: count(r.decided_late),
      openPastDueAtYearEnd: count(r.open_past_due),
    };
  },
};
