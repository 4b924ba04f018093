import { defineEvent, EventOf } from '../envelope';
import { int, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { examDimensions, MAX_HEADCOUNT } from './dimensions';

/**
 * The session was held: `sat` of the expected candidates sat it (参考), `passed` passed (通过).
 * Counted by `heldAt`; sat ≤ candidatesExpected and passed ≤ sat (the service guarantees both).
 */
export const ExamHeldV1 = defineEvent(
  'legaleducation.exam.held',
  1,
  Topics.legalEducation,
  object({ ...examDimensions, heldAt: isoTime(), sat: int({ min: 0, max: MAX_HEADCOUNT }), passed: int({ min: 0, max: MAX_HEADCOUNT }) }),
);
export type ExamHeldV1 = EventOf<typeof ExamHeldV1>;
