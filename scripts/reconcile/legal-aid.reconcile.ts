import { moneyFigures, toFen } from '../../apps/reporting/src/annual-report/money';
import { count, Db, inYear, ReconcileArea, tableExists, YearQuery } from './area';

/**
 * 法律援助 from legal_aid.cases: each step counted by its own timestamp (applied, accepted,
 * rejected, assigned, closed), the benefit of the year's closures summed exactly in fen, and the median of
 * the calendar days (district time zone) from application to acceptance of the year's acceptances.
 */
export const legalAidReconcile: ReconcileArea = {
  sectionKey: 'legalAid',

  async recompute(db: Db, q: YearQuery) {
    let r: Record<string, unknown> = {};
    if (await tableExists(db, 'legal_aid.cases')) {
      const { rows } = await db.query(
        `SELECT count(*) FILTER (WHERE ${inYear('applied_at')}) AS applied,
                count(*) FILTER (WHERE ${inYear('accepted_at')}) AS accepted,
                count(*) FILTER (WHERE ${inYear('rejected_at')}) AS rejected,
                count(*) FILTER (WHERE ${inYear('assigned_at')}) AS assigned,
                count(*) FILTER (WHERE ${inYear('closed_at')}) AS closed,
                coalesce(sum(benefit_fen) FILTER (WHERE ${inYear('closed_at')}), 0) AS benefit_fen,
                percentile_cont(0.5) WITHIN GROUP (
                  ORDER BY greatest(0, (accepted_at AT TIME ZONE $2)::date - (applied_at AT TIME ZONE $2)::date)
                ) FILTER (WHERE ${inYear('accepted_at')}) AS median_days
           FROM legal_aid.cases`,
        [q.year, q.timeZone],
      );
      r = rows[0];
    }
    // The sum is numeric text: exact as a BigInt at any size, shown as the report shows it.
    const benefit = moneyFigures('benefit', r.benefit_fen === undefined || r.benefit_fen === null ? 0n : toFen(String(r.benefit_fen)));
    return {
      applied: count(r.applied),
      accepted: count(r.accepted),
      rejected: count(r.rejected),
      assigned: count(r.assigned),
      closed: count(r.closed),
      ...benefit,
      medianDaysToAcceptance: r.median_days === null || r.median_days === undefined ? null : Number(r.median_days),
    };
  },
};
