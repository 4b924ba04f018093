import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { MEDIATION_RESULTS } from './enums';
import { disputeDimensions } from './dispute-dimensions';

/**
 * A concluded mediation's result was recorded wrongly and is corrected. It stays counted in the
 * year and cell of `concludedAt`, moving from the old result's figure to the new one's. The reason
 * is free text and stays in the service.
 */
export const DisputeCorrectedV1 = defineEvent(
  'mediation.dispute.corrected',
  1,
  Topics.mediation,
  object({
    ...disputeDimensions,
    concludedAt: isoTime(),
    oldResult: enumOf(MEDIATION_RESULTS),
    newResult: enumOf(MEDIATION_RESULTS),
  }),
);
export type DisputeCorrectedV1 = EventOf<typeof DisputeCorrectedV1>;
