import { defineEvent, EventOf } from '../envelope';
import { bool, enumOf, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { documentDimensions } from './dimensions';
import { REVIEW_OPINIONS } from './enums';

/**
 * The section reviewed the document (审查): its opinion, and whether it is a normative document
 * (认定为行政规范性文件). Counted by `reviewedAt`: "major documents reviewed", "determined normative".
 */
export const DocumentReviewedV1 = defineEvent(
  'legalaffairs.document.reviewed',
  1,
  Topics.legalAffairs,
  object({ ...documentDimensions, reviewedAt: isoTime(), opinion: enumOf(REVIEW_OPINIONS), normative: bool() }),
);
export type DocumentReviewedV1 = EventOf<typeof DocumentReviewedV1>;
