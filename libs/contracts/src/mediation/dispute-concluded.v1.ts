import { defineEvent, EventOf } from '../envelope';
import { enumOf, fen, isoTime, nullable, object } from '../schema';
import { Topics } from '../topics';
import { AGREEMENT_FORMS, MEDIATION_RESULTS } from './enums';
import { disputeDimensions } from './dispute-dimensions';

/** A mediation ended, successfully or not. Counted in the year of `concludedAt`. */
export const DisputeConcludedV1 = defineEvent(
  'mediation.dispute.concluded',
  1,
  Topics.mediation,
  object({
    ...disputeDimensions,
    concludedAt: isoTime(),
    result: enumOf(MEDIATION_RESULTS),
    agreement: nullable(enumOf(AGREEMENT_FORMS)),
    agreementAmountFen: nullable(fen()),
  }),
);
export type DisputeConcludedV1 = EventOf<typeof DisputeConcludedV1>;
