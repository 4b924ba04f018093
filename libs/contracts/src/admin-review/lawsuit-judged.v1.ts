import { defineEvent, EventOf } from '../envelope';
import { enumOf, int, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { LAWSUIT_OUTCOMES } from './enums';
import { lawsuitDimensions } from './dimensions';

/** The court decided the lawsuit (or it ended otherwise, e.g. withdrawn). Counted by `decidedAt`. */
export const LawsuitJudgedV1 = defineEvent(
  'adminreview.lawsuit.judged',
  1,
  Topics.adminReview,
  object({ ...lawsuitDimensions, decidedAt: isoTime(), outcome: enumOf(LAWSUIT_OUTCOMES), hearingCount: int({ min: 0 }) }),
);
export type LawsuitJudgedV1 = EventOf<typeof LawsuitJudgedV1>;
