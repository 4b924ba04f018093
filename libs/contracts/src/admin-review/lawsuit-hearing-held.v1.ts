import { defineEvent, EventOf } from '../envelope';
import { bool, enumOf, isoTime, nullable, object, uuid } from '../schema';
import { Topics } from '../topics';
import { APPEARED_ROLES } from './enums';
import { lawsuitDimensions } from './dimensions';

/**
 * A court hearing was held. `appearedRole` is set exactly when the agency's head appeared
 * (the service enforces it); the appearance rate counts these by `heldAt`.
 */
export const LawsuitHearingHeldV1 = defineEvent(
  'adminreview.lawsuit.hearing-held',
  1,
  Topics.adminReview,
  object({
    ...lawsuitDimensions,
    hearingId: uuid(),
    heldAt: isoTime(),
    headAppeared: bool(),
    appearedRole: nullable(enumOf(APPEARED_ROLES)),
  }),
);
export type LawsuitHearingHeldV1 = EventOf<typeof LawsuitHearingHeldV1>;
