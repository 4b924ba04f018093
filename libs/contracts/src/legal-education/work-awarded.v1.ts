import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { workDimensions } from './dimensions';
import { AWARD_RANKS, LEVELS } from './enums';

/** The work won an award (获全国三等奖: level national, rank third). Counted by `awardedAt`. */
export const WorkAwardedV1 = defineEvent(
  'legaleducation.work.awarded',
  1,
  Topics.legalEducation,
  object({ ...workDimensions, level: enumOf(LEVELS), rank: enumOf(AWARD_RANKS), awardedAt: isoTime() }),
);
export type WorkAwardedV1 = EventOf<typeof WorkAwardedV1>;
