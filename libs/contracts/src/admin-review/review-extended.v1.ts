import { defineEvent, EventOf } from '../envelope';
import { int, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { reviewDimensions } from './dimensions';

/** The deadline was extended (once, by 1–30 days); `dueAt` is the new deadline. */
export const ReviewExtendedV1 = defineEvent(
  'adminreview.review.extended',
  1,
  Topics.adminReview,
  object({ ...reviewDimensions, acceptedAt: isoTime(), extendedAt: isoTime(), days: int({ min: 1, max: 30 }), dueAt: isoTime() }),
);
export type ReviewExtendedV1 = EventOf<typeof ReviewExtendedV1>;
