import { defineEvent, EventOf } from '../envelope';
import { isoTime, object } from '../schema';
import { Topics } from '../topics';
import { examDimensions } from './dimensions';

/** The session was cancelled before it was held. Counts nothing. */
export const ExamCancelledV1 = defineEvent('legaleducation.exam.cancelled', 1, Topics.legalEducation, object({ ...examDimensions, cancelledAt: isoTime() }));
export type ExamCancelledV1 = EventOf<typeof ExamCancelledV1>;
