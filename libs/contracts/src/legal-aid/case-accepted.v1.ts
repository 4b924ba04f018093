import { defineEvent, EventOf } from '../envelope';
import { isoTime, object } from '../schema';
import { Topics } from '../topics';
import { legalAidDimensions } from './case-dimensions';

/** The desk accepted the application (受理). Counted in the year of `acceptedAt`. */
export const LegalAidCaseAcceptedV1 = defineEvent(
  'legalaid.case.accepted',
  1,
  Topics.legalAid,
  object({ ...legalAidDimensions, acceptedAt: isoTime() }),
);
export type LegalAidCaseAcceptedV1 = EventOf<typeof LegalAidCaseAcceptedV1>;
