import { defineEvent, EventOf } from '../envelope';
import { object } from '../schema';
import { Topics } from '../topics';
import { examDimensions } from './dimensions';

/** An exam session was scheduled for `candidatesExpected` candidates. Counts nothing until held. */
export const ExamScheduledV1 = defineEvent('legaleducation.exam.scheduled', 1, Topics.legalEducation, object({ ...examDimensions }));
export type ExamScheduledV1 = EventOf<typeof ExamScheduledV1>;
