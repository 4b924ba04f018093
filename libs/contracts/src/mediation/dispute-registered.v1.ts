import { defineEvent, EventOf } from '../envelope';
import { fen, int, nullable, object } from '../schema';
import { Topics } from '../topics';
import { disputeDimensions } from './dispute-dimensions';

/** A station logged a dispute. */
export const DisputeRegisteredV1 = defineEvent(
  'mediation.dispute.registered',
  1,
  Topics.mediation,
  object({ ...disputeDimensions, partyCount: int({ min: 2 }), amountInvolvedFen: nullable(fen()) }),
);
export type DisputeRegisteredV1 = EventOf<typeof DisputeRegisteredV1>;
