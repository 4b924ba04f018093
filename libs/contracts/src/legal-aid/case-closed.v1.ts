import { defineEvent, EventOf } from '../envelope';
import { enumOf, fen, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { legalAidDimensions } from './case-dimensions';
import { LEGAL_AID_RESULTS } from './enums';

/**
 * The case ended with the money recovered or obtained for the client (挽回损失或取得利益), in fen.
 * Counted, with its benefit, in the year of `closedAt`.
 */
export const LegalAidCaseClosedV1 = defineEvent(
  'legalaid.case.closed',
  1,
  Topics.legalAid,
  object({ ...legalAidDimensions, closedAt: isoTime(), result: enumOf(LEGAL_AID_RESULTS), benefitFen: fen() }),
);
export type LegalAidCaseClosedV1 = EventOf<typeof LegalAidCaseClosedV1>;
