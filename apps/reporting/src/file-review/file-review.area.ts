import { PROBLEM_CATEGORIES, REVIEW_GRADES } from '@casetrack/contracts';
import { each, oneOf, text } from '../drill-through/area-figures';
import { enforcementTrainingSentence } from '../legal-education/legal-education.area';
import { defineArea } from '../projections/define-area';
import { FILE_REVIEW_AREA } from './file-review-facts';
import { FILE_REVIEW_DIMENSIONS, FileReviewReportQuery } from './file-review-report.query';
import { FileReviewRollupProjection } from './file-review-rollup.projection';

type Json = Record<string, any>;

/** 一(五): the enforcement officers' training (the legal-education section's, when the report has it), then the file review. */
function fileReviewProse(f: Json, report: Json): string {
  return `${enforcementTrainingSentence(report.legalEducation)}由人大代表、政协委员、法律顾问及专家学者组建评查组，对随机抽取的${f.filesReviewed}宗行政处罚案卷进行集中评查，形成问题清单并向全区通报。`;
}

/** 行政执法案卷评查: files reviewed, the average score, grades, problems by category, the procedure share. */
export const FILE_REVIEW_REPORT_AREA = defineArea({
  area: FILE_REVIEW_AREA,
  sectionKey: 'fileReview',
  label: '案卷评查',
  projection: FileReviewRollupProjection,
  query: FileReviewReportQuery,
  dimensions: FILE_REVIEW_DIMENSIONS,
  section: (query, em, q) => query.section(em, q.district, q.year),
  breakdown: (query, em, q) => query.breakdown(em, q.district, q.year, q.by),
  drillThrough: {
    figures: each('filesReviewed'),
    dimensions: { agency: text, grade: oneOf(REVIEW_GRADES), problemCategory: oneOf(PROBLEM_CATEGORIES, true) },
  },
  sources: {
    averageScore: ['filesReviewed'], problems: ['filesReviewed'], problemsByCategory: ['filesReviewed'],
    procedureProblemShare: ['filesReviewed'], panelByRole: ['campaigns'],
  },
  figureLabels: {
    filesReviewed: '评查行政处罚案卷',
    averageScore: '平均得分',
    procedureProblemShare: '存在程序问题的案卷占比',
  },
  prose: { text: fileReviewProse },
});
