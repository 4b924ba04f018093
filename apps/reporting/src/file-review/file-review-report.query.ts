import { PANEL_ROLES, PROBLEM_CATEGORIES, REVIEW_GRADES } from '@casetrack/contracts';
import { toSafeInteger } from '@casetrack/persistence';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { rate } from '../annual-report/rate';

export const FILE_REVIEW_DIMENSIONS = ['agency', 'grade', 'problemCategory'] as const;
export type FileReviewDimension = (typeof FILE_REVIEW_DIMENSIONS)[number];

/**
 * The mean of integer scores rounded half up to 2 decimals by integer arithmetic (8137/100 → 81.37),
 * null when there are none.
 */
export function averageScore(scoreSum: number, count: number): number | null {
  if (count === 0) return null;
  const hundredths = (BigInt(scoreSum) * 200n + BigInt(count)) / (2n * BigInt(count));
  return Number(hundredths) / 100;
}

interface Totals {
  filesReviewed: number;
  scoreSum: number;
  problems: number;
  /** Problems and files with ≥ 1 problem, by category. */
  byCategory: Map<string, { problems: number; files: number }>;
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The figures of a set of reviews (a year, or one agency or grade of it). */
function figures(t: Totals) {
  const problemsByCategory = zeros(PROBLEM_CATEGORIES);
  for (const [category, c] of t.byCategory) problemsByCategory[category as keyof typeof problemsByCategory] = c.problems;
  return {
    filesReviewed: t.filesReviewed,
    averageScore: averageScore(t.scoreSum, t.filesReviewed),
    problems: t.problems,
    problemsByCategory,
    procedureProblemShare: rate(t.byCategory.get('procedure')?.files ?? 0, t.filesReviewed),
  };
}

const REVIEW_SUMS = `coalesce(sum(files_reviewed), 0) AS files, coalesce(sum(score_sum), 0) AS score_sum, coalesce(sum(problems), 0) AS problems`;

/** The file-review figures of a year, read from the rollups. */
@Injectable()
export class FileReviewReportQuery {
  /** The fileReview section of the annual report. */
  async section(em: EntityManager, district: string, year: number) {
    const totals = (await this.totalsBy(em, district, year, null)).get('') ?? empty();
    const gradeRows: { grade: string; files: string }[] = await em.query(
      `SELECT grade, sum(files_reviewed) AS files FROM file_review_rollup WHERE district = $1 AND year = $2 GROUP BY grade`,
      [district, year],
    );
    const byGrade = zeros(REVIEW_GRADES);
    for (const r of gradeRows) byGrade[r.grade as keyof typeof byGrade] = toSafeInteger(r.files);
    const [c] = await em.query(
      `SELECT coalesce(sum(campaigns), 0) AS campaigns, coalesce(sum(files_sampled), 0) AS sampled, coalesce(sum(campaigns_noticed), 0) AS noticed
         FROM file_review_campaign_rollup WHERE district = $1 AND year = $2`,
      [district, year],
    );
    const panelRows: { role: string; members: string }[] = await em.query(
      `SELECT role, members FROM file_review_panel_rollup WHERE district = $1 AND year = $2`,
      [district, year],
    );
    const panelByRole = zeros(PANEL_ROLES);
    for (const r of panelRows) panelByRole[r.role as keyof typeof panelByRole] = toSafeInteger(r.members);
    const { filesReviewed, averageScore, problems, problemsByCategory, procedureProblemShare } = figures(totals);
    return {
      filesReviewed,
      averageScore,
      byGrade,
      problems,
      problemsByCategory,
      procedureProblemShare,
      campaigns: toSafeInteger(c.campaigns),
      filesSampled: toSafeInteger(c.sampled),
      campaignsNoticed: toSafeInteger(c.noticed),
      panelByRole,
    };
  }

  /** The figures by agency (those with reviews), by grade (all four) or by problem category (all six). */
  async breakdown(em: EntityManager, district: string, year: number, by: FileReviewDimension) {
    if (by === 'problemCategory') {
      const totals = (await this.totalsBy(em, district, year, null)).get('') ?? empty();
      return PROBLEM_CATEGORIES.map((problemCategory) => {
        const c = totals.byCategory.get(problemCategory) ?? { problems: 0, files: 0 };
        return { problemCategory, problems: c.problems, filesWithProblem: c.files, shareOfFiles: rate(c.files, totals.filesReviewed) };
      });
    }
    const found = await this.totalsBy(em, district, year, by);
    const keys = by === 'grade' ? [...REVIEW_GRADES] : [...found.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return keys.map((key) => ({ [by]: key, ...figures(found.get(key) ?? empty()) }));
  }

  /** Totals grouped by agency or grade, or one group '' for the whole year. */
  private async totalsBy(em: EntityManager, district: string, year: number, by: 'agency' | 'grade' | null): Promise<Map<string, Totals>> {
    const key = by === null ? `''` : by;
    const rows: Record<string, string>[] = await em.query(
      `SELECT ${key} AS key, ${REVIEW_SUMS} FROM file_review_rollup WHERE district = $1 AND year = $2 GROUP BY 1`,
      [district, year],
    );
    const out = new Map<string, Totals>();
    for (const r of rows)
      out.set(r.key, { filesReviewed: toSafeInteger(r.files), scoreSum: toSafeInteger(r.score_sum), problems: toSafeInteger(r.problems), byCategory: new Map() });
    const categoryRows: Record<string, string>[] = await em.query(
      `SELECT ${key} AS key, category, sum(problems) AS problems, sum(files) AS files FROM file_review_problem_rollup
        WHERE district = $1 AND year = $2 GROUP BY 1, category`,
      [district, year],
    );
    for (const r of categoryRows) out.get(r.key)?.byCategory.set(r.category, { problems: toSafeInteger(r.problems), files: toSafeInteger(r.files) });
    return out;
  }
}

const empty = (): Totals => ({ filesReviewed: 0, scoreSum: 0, problems: 0, byCategory: new Map() });
