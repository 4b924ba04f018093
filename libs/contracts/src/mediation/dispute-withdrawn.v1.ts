import { defineEvent, EventOf } from '../envelope';
import { isoTime, object } from '../schema';
import { Topics } from '../topics';
import { disputeDimensions } from './dispute-dimensions';

/** The parties withdrew before a conclusion. The free-text reason stays in the service. */
export const DisputeWithdrawnV1 = defineEvent(
  'mediation.dispute.withdrawn',
  1,
  Topics.mediation,
  object({ ...disputeDimensions, withdrawnAt: isoTime() }),
);
export type DisputeWithdrawnV1 = EventOf<typeof DisputeWithdrawnV1>;
