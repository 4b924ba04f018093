import { defineEvent, EventOf } from '../envelope';
import { enumOf, fen, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { contractDimensions } from './dimensions';
import { REVIEW_OPINIONS } from './enums';

/** The section reviewed the contract. Counted by `reviewedAt` ("government investment project contracts reviewed"). */
export const ContractReviewedV1 = defineEvent(
  'legalaffairs.contract.reviewed',
  1,
  Topics.legalAffairs,
  object({ ...contractDimensions, amountFen: fen(), reviewedAt: isoTime(), opinion: enumOf(REVIEW_OPINIONS) }),
);
export type ContractReviewedV1 = EventOf<typeof ContractReviewedV1>;
