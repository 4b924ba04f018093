import { defineEvent, EventOf } from '../envelope';
import { object } from '../schema';
import { Topics } from '../topics';
import { reviewDimensions } from './dimensions';

/** The office received an application for review. Counted in the year of `receivedAt`. */
export const ReviewReceivedV1 = defineEvent('adminreview.review.received', 1, Topics.adminReview, object({ ...reviewDimensions }));
export type ReviewReceivedV1 = EventOf<typeof ReviewReceivedV1>;
