import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { LAWSUIT_OUTCOMES } from './enums';
import { lawsuitDimensions } from './dimensions';

/**
 * The office began supervising the defendant agency's performance of the lawsuit's effective
 * judgment (督促履行生效法院判决). At most one per lawsuit; counted by `startedAt`.
 */
export const PerformanceSupervisionStartedV1 = defineEvent(
  'adminreview.lawsuit.performance-supervision-started',
  1,
  Topics.adminReview,
  object({ ...lawsuitDimensions, decidedAt: isoTime(), outcome: enumOf(LAWSUIT_OUTCOMES), judgmentEffectiveAt: isoTime(), startedAt: isoTime() }),
);
export type PerformanceSupervisionStartedV1 = EventOf<typeof PerformanceSupervisionStartedV1>;
