import { defineEvent, EventOf } from '../envelope';
import { enumOf, int, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { MAX_HEADCOUNT } from './dimensions';
import { CONTEST_KINDS } from './enums';

/** The contest closed with `participants` taking part (参与人数). Counted by `closedAt`. */
export const ContestClosedV1 = defineEvent(
  'legaleducation.contest.closed',
  1,
  Topics.legalEducation,
  object({ kind: enumOf(CONTEST_KINDS), openedAt: isoTime(), closedAt: isoTime(), participants: int({ min: 0, max: MAX_HEADCOUNT }) }),
);
export type ContestClosedV1 = EventOf<typeof ContestClosedV1>;
