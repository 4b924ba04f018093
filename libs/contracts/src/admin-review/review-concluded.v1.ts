import { defineEvent, EventOf } from '../envelope';
import { bool, enumOf, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { REVIEW_DECISIONS } from './enums';
import { reviewDimensions } from './dimensions';

/** The office decided the review (审结). Counted by `decidedAt`; `late` when decided after `dueAt`. */
export const ReviewConcludedV1 = defineEvent(
  'adminreview.review.concluded',
  1,
  Topics.adminReview,
  object({
    ...reviewDimensions,
    acceptedAt: isoTime(),
    dueAt: isoTime(),
    extended: bool(),
    decidedAt: isoTime(),
    decision: enumOf(REVIEW_DECISIONS),
    late: bool(),
  }),
);
export type ReviewConcludedV1 = EventOf<typeof ReviewConcludedV1>;
