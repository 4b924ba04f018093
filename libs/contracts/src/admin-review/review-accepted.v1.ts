import { defineEvent, EventOf } from '../envelope';
import { isoTime, object } from '../schema';
import { Topics } from '../topics';
import { reviewDimensions } from './dimensions';

/** The office accepted the application (受理); `dueAt` is the statutory deadline of the decision. Counted by `acceptedAt`. */
export const ReviewAcceptedV1 = defineEvent(
  'adminreview.review.accepted',
  1,
  Topics.adminReview,
  object({ ...reviewDimensions, acceptedAt: isoTime(), dueAt: isoTime() }),
);
export type ReviewAcceptedV1 = EventOf<typeof ReviewAcceptedV1>;
