export * from './enums';
export * from './case-dimensions';
export * from './days-to-acceptance';
export * from './case-applied.v1';
export * from './case-accepted.v1';
export * from './case-rejected.v1';
export * from './case-assigned.v1';
export * from './case-closed.v1';
export * from './case-corrected.v1';

import { EventOf } from '../envelope';
import { LegalAidCaseAcceptedV1 } from './case-accepted.v1';
import { LegalAidCaseAppliedV1 } from './case-applied.v1';
import { LegalAidCaseAssignedV1 } from './case-assigned.v1';
import { LegalAidCaseClosedV1 } from './case-closed.v1';
import { LegalAidCaseCorrectedV1 } from './case-corrected.v1';
import { LegalAidCaseRejectedV1 } from './case-rejected.v1';

export const LEGAL_AID_EVENTS = [
  LegalAidCaseAppliedV1, LegalAidCaseAcceptedV1, LegalAidCaseRejectedV1, LegalAidCaseAssignedV1, LegalAidCaseClosedV1, LegalAidCaseCorrectedV1,
] as const;
/** Every legal aid event, derived from the list above (one place to add an event). */
export type LegalAidEvent = EventOf<(typeof LEGAL_AID_EVENTS)[number]>;
