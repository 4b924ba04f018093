import { calendarDateIn, FileReviewedV1, PROBLEM_CATEGORIES } from '@casetrack/contracts';
import { FigureFact } from '../drill-through/figure-facts';

export const FILE_REVIEW_AREA = 'file-review';

/**
 * The figure fact of a reviewed file: the file (not its campaign, whose id the event's caseId is)
 * counted in filesReviewed of the year of reviewedAt (district time zone), by agency, grade and the
 * problem categories it has at least one problem of. Pure.
 */
export function fileReviewedFactOf(event: FileReviewedV1, timeZone: string): FigureFact {
  const p = event.payload;
  const { year } = calendarDateIn(timeZone, p.reviewedAt);
  return {
    area: FILE_REVIEW_AREA,
    figure: 'filesReviewed',
    slot: 'reviewed',
    caseId: p.fileId,
    year,
    dimensions: { agency: p.agency, grade: p.grade, problemCategory: PROBLEM_CATEGORIES.filter((c) => p.problemCounts[c] > 0) },
    changes: { filesReviewed: 1, [`byGrade.${p.grade}`]: 1 },
  };
}
