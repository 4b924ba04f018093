import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { legalAidDimensions } from './case-dimensions';
import { LEGAL_AID_REJECTION_REASONS } from './enums';

/** The desk refused the application. Counted in the year of `rejectedAt`. */
export const LegalAidCaseRejectedV1 = defineEvent(
  'legalaid.case.rejected',
  1,
  Topics.legalAid,
  object({ ...legalAidDimensions, rejectedAt: isoTime(), reason: enumOf(LEGAL_AID_REJECTION_REASONS) }),
);
export type LegalAidCaseRejectedV1 = EventOf<typeof LegalAidCaseRejectedV1>;
