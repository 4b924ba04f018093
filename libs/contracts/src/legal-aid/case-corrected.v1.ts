import { defineEvent, EventOf } from '../envelope';
import { fen, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { legalAidDimensions } from './case-dimensions';

/**
 * A closed case's benefit (挽回损失或取得利益) was recorded wrongly and is corrected. The year of
 * `closedAt` keeps the case as closed; its benefit changes by newBenefitFen − oldBenefitFen. The
 * reason is free text and stays in the service.
 */
export const LegalAidCaseCorrectedV1 = defineEvent(
  'legalaid.case.corrected',
  1,
  Topics.legalAid,
  object({ ...legalAidDimensions, closedAt: isoTime(), oldBenefitFen: fen(), newBenefitFen: fen() }),
);
export type LegalAidCaseCorrectedV1 = EventOf<typeof LegalAidCaseCorrectedV1>;
