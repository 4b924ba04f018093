import { defineEvent, EventOf } from '../envelope';
import { isoTime, object } from '../schema';
import { Topics } from '../topics';
import { reviewDimensions } from './dimensions';

/** The office declined to accept the application (不予受理). The reason text stays in the service. */
export const ReviewRejectedV1 = defineEvent(
  'adminreview.review.rejected',
  1,
  Topics.adminReview,
  object({ ...reviewDimensions, rejectedAt: isoTime() }),
);
export type ReviewRejectedV1 = EventOf<typeof ReviewRejectedV1>;
