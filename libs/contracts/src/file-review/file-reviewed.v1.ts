import { defineEvent, EventOf } from '../envelope';
import { enumOf, int, isoTime, object, str, uuid } from '../schema';
import { Topics } from '../topics';
import { countsOf } from './counts';
import { PENALTY_TYPES, PROBLEM_CATEGORIES, REVIEW_GRADES } from './enums';

/**
 * The panel scored a drawn file. Counted in the year of `reviewedAt` (district time zone). The
 * problems travel as counts by category only: their descriptions stay in the service.
 */
export const FileReviewedV1 = defineEvent(
  'filereview.file.reviewed',
  1,
  Topics.fileReview,
  object({
    campaignYear: int({ min: 2000, max: 2100 }),
    fileId: uuid(),
    fileNumber: str({ max: 100 }),
    agency: str({ max: 100 }),
    penaltyType: enumOf(PENALTY_TYPES),
    reviewedAt: isoTime(),
    score: int({ min: 0, max: 100 }),
    grade: enumOf(REVIEW_GRADES),
    problemCounts: countsOf(PROBLEM_CATEGORIES),
  }),
);
export type FileReviewedV1 = EventOf<typeof FileReviewedV1>;
