import { defineEvent, EventOf } from '../envelope';
import { isoTime, object } from '../schema';
import { Topics } from '../topics';
import { legalAidDimensions } from './case-dimensions';

/**
 * A law firm took the case. Neither the firm nor the lawyer is carried: no figure needs them, and
 * a lawyer's name is personal data (a firm named after its founder can be too).
 */
export const LegalAidCaseAssignedV1 = defineEvent(
  'legalaid.case.assigned',
  1,
  Topics.legalAid,
  object({ ...legalAidDimensions, assignedAt: isoTime() }),
);
export type LegalAidCaseAssignedV1 = EventOf<typeof LegalAidCaseAssignedV1>;
