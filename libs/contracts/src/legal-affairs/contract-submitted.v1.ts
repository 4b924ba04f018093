import { defineEvent, EventOf } from '../envelope';
import { fen, object } from '../schema';
import { Topics } from '../topics';
import { contractDimensions } from './dimensions';

/** A unit submitted a government contract for legality review, with its amount in fen. Counted by `submittedAt`. */
export const ContractSubmittedV1 = defineEvent(
  'legalaffairs.contract.submitted',
  1,
  Topics.legalAffairs,
  object({ ...contractDimensions, amountFen: fen() }),
);
export type ContractSubmittedV1 = EventOf<typeof ContractSubmittedV1>;
