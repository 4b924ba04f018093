import { APPEARED_ROLES } from '@casetrack/contracts';
import { rate } from '../../apps/reporting/src/annual-report/rate';
import { count, Db, everyKey, inYear, ReconcileArea, tableExists, YearQuery } from './area';

/**
 * 行政应诉 from admin_review.lawsuits, admin_review.hearings and admin_review.judicial_suggestions:
 * lawsuits by filedAt, judgments by decidedAt, hearings by heldAt and, of those, the ones the agency
 * head attended, by role; supervised performances of judgments by their start and conclusion, and
 * judicial suggestions by receipt, supervision and answer.
 */
export const litigationReconcile: ReconcileArea = {
  sectionKey: 'litigation',

  async recompute(db: Db, q: YearQuery) {
    const params = [q.year, q.timeZone];
    let lawsuits: Record<string, unknown> = {};
    let hearings = 0;
    const byRole = new Map<string, number>();
    if (await tableExists(db, 'admin_review.lawsuits')) {
      const { rows } = await db.query(
        `SELECT count(*) FILTER (WHERE ${inYear('filed_at')}) AS filed, count(*) FILTER (WHERE ${inYear('decided_at')}) AS judged,
                count(*) FILTER (WHERE ${inYear('performance_started_at')}) AS judgments_supervised,
                count(*) FILTER (WHERE ${inYear('performance_concluded_at')}) AS supervisions_concluded
           FROM admin_review.lawsuits`,
        params,
      );
      lawsuits = rows[0];
    }
    if (await tableExists(db, 'admin_review.hearings')) {
      const { rows } = await db.query<{ role: string | null; n: string }>(
        `SELECT CASE WHEN head_appeared THEN appeared_role END AS role, count(*) AS n
           FROM admin_review.hearings WHERE ${inYear('held_at')} GROUP BY 1`,
        params,
      );
      for (const r of rows) {
        hearings += count(r.n);
        if (r.role !== null) byRole.set(r.role, count(r.n));
      }
    }
    let suggestions: Record<string, unknown> = {};
    if (await tableExists(db, 'admin_review.judicial_suggestions')) {
      const { rows } = await db.query(
        `SELECT count(*) FILTER (WHERE ${inYear('received_at')}) AS received, count(*) FILTER (WHERE ${inYear('supervised_at')}) AS supervised,
                count(*) FILTER (WHERE ${inYear('answered_at')}) AS answered
           FROM admin_review.judicial_suggestions`,
        params,
      );
      suggestions = rows[0];
    }
    const headAppearances = [...byRole.values()].reduce((s, n) => s + n, 0);
    return {
      filed: count(lawsuits.filed),
      hearings,
      headAppearances,
      byRole: everyKey(APPEARED_ROLES, byRole),
      appearanceRate: rate(headAppearances, hearings),
      judged: count(lawsuits.judged),
      judgmentsSupervised: count(lawsuits.judgments_supervised),
      supervisionsConcluded: count(lawsuits.supervisions_concluded),
      suggestionsReceived: count(suggestions.received),
      suggestionsSupervised: count(suggestions.supervised),
      suggestionsAnswered: count(suggestions.answered),
    };
  },
};
