import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { PERFORMANCE_RESULTS } from './enums';
import { lawsuitDimensions } from './dimensions';

/** The supervision of a judgment's performance ended (performed, enforced by the court, …). Counted by `concludedAt`. */
export const PerformanceSupervisionConcludedV1 = defineEvent(
  'adminreview.lawsuit.performance-supervision-concluded',
  1,
  Topics.adminReview,
  object({ ...lawsuitDimensions, judgmentEffectiveAt: isoTime(), startedAt: isoTime(), concludedAt: isoTime(), result: enumOf(PERFORMANCE_RESULTS) }),
);
export type PerformanceSupervisionConcludedV1 = EventOf<typeof PerformanceSupervisionConcludedV1>;
