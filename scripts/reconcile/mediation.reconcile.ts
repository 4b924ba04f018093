import { rate } from '../../apps/reporting/src/annual-report/rate';
import { count, Db, inYear, ReconcileArea, tableExists, YEAR_END, YearQuery } from './area';

/**
 * 人民调解 from mediation.disputes and mediation.committees: registrations by receivedAt,
 * conclusions by concludedAt and their result, withdrawals by withdrawnAt; committees in place
 * before the year's end, by kind (kinds without a committee are not listed, as in the report).
 */
export const mediationReconcile: ReconcileArea = {
  sectionKey: 'mediation',

  async recompute(db: Db, q: YearQuery) {
    const params = [q.year, q.timeZone];
    let totals: Record<string, unknown> = {};
    if (await tableExists(db, 'mediation.disputes')) {
      const { rows } = await db.query(
        `SELECT count(*) FILTER (WHERE ${inYear('received_at')}) AS registered,
                count(*) FILTER (WHERE result = 'success' AND ${inYear('concluded_at')}) AS succeeded,
                count(*) FILTER (WHERE result = 'failure' AND ${inYear('concluded_at')}) AS failed,
                count(*) FILTER (WHERE status = 'withdrawn' AND ${inYear('withdrawn_at')}) AS withdrawn
           FROM mediation.disputes`,
        params,
      );
      totals = rows[0];
    }
    const committeesByKind: Record<string, number> = {};
    if (await tableExists(db, 'mediation.committees')) {
      const { rows } = await db.query<{ kind: string; n: string }>(
        `SELECT kind, count(*) AS n FROM mediation.committees WHERE established_at < ${YEAR_END} GROUP BY kind ORDER BY kind`,
        params,
      );
      for (const r of rows) committeesByKind[r.kind] = count(r.n);
    }
    const succeeded = count(totals.succeeded);
    const failed = count(totals.failed);
    return {
      registered: count(totals.registered),
      mediated: succeeded + failed,
      succeeded,
      failed,
      withdrawn: count(totals.withdrawn),
      successRate: rate(succeeded, succeeded + failed),
      committeesByKind,
    };
  },
};
