import { PANEL_ROLES, PROBLEM_CATEGORIES, REVIEW_GRADES } from '@casetrack/contracts';
import { rate } from '../../apps/reporting/src/annual-report/rate';
import { count, Db, everyKey, inYear, ReconcileArea, tableExists, YearQuery } from './area';

/**
 * 行政执法案卷评查 from file_review.*: files reviewed in the year (reviewedAt), their mean score
 * rounded half up to 2 decimals, grades, problems by category, the share of files with a procedure
 * problem; campaigns of the year (by the campaign's own year), their drawn files, notices and panel.
 */
export const fileReviewReconcile: ReconcileArea = {
  sectionKey: 'fileReview',

  async recompute(db: Db, q: YearQuery) {
    const params = [q.year, q.timeZone];
    const exists = await tableExists(db, 'file_review.files');
    const reviewed = `file_review.files f WHERE f.score IS NOT NULL AND ${inYear('f.reviewed_at')}`;
    let totals: Record<string, unknown> = {};
    let campaigns: Record<string, unknown> = {};
    const byGrade = new Map<string, number>();
    const byCategory = new Map<string, number>();
    const panel = new Map<string, number>();
    let filesWithProcedureProblem = 0;
    if (exists) {
      totals = (await db.query(`SELECT count(*) AS files, round(avg(f.score), 2) AS average FROM ${reviewed}`, params)).rows[0];
      for (const r of (await db.query<{ grade: string; n: string }>(`SELECT f.grade, count(*) AS n FROM ${reviewed} GROUP BY f.grade`, params)).rows)
        byGrade.set(r.grade, count(r.n));
      const problems = await db.query<{ category: string; n: string; files: string }>(
        `SELECT p.category, count(*) AS n, count(DISTINCT p.file_id) AS files
           FROM file_review.file_problems p JOIN file_review.files f ON f.id = p.file_id
          WHERE f.score IS NOT NULL AND ${inYear('f.reviewed_at')} GROUP BY p.category`,
        params,
      );
      for (const r of problems.rows) {
        byCategory.set(r.category, count(r.n));
        if (r.category === 'procedure') filesWithProcedureProblem = count(r.files);
      }
      campaigns = (
        await db.query(
          `SELECT count(*) AS campaigns, count(*) FILTER (WHERE c.status = 'noticed') AS noticed,
                  (SELECT count(*) FROM file_review.files f JOIN file_review.campaigns fc ON fc.id = f.campaign_id
                    WHERE fc.year = $1 AND f.draw_position IS NOT NULL) AS sampled
             FROM file_review.campaigns c WHERE c.year = $1`,
          [q.year],
        )
      ).rows[0];
      const members = await db.query<{ role: string; n: string }>(
        `SELECT m.role, count(*) AS n FROM file_review.panel_members m JOIN file_review.campaigns c ON c.id = m.campaign_id
          WHERE c.year = $1 GROUP BY m.role`,
        [q.year],
      );
      for (const r of members.rows) panel.set(r.role, count(r.n));
    }
    const filesReviewed = count(totals.files);
    return {
      filesReviewed,
      averageScore: totals.average === null || totals.average === undefined ? null : Number(totals.average),
      byGrade: everyKey(REVIEW_GRADES, byGrade),
      problems: [...byCategory.values()].reduce((s, n) => s + n, 0),
      problemsByCategory: everyKey(PROBLEM_CATEGORIES, byCategory),
      procedureProblemShare: rate(filesWithProcedureProblem, filesReviewed),
      campaigns: count(campaigns.campaigns),
      filesSampled: count(campaigns.sampled),
      campaignsNoticed: count(campaigns.noticed),
      panelByRole: everyKey(PANEL_ROLES, panel),
    };
  },
};
