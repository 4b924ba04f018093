export * from './enums';
export * from './document-submitted.v1';
export * from './document-reviewed.v1';
export * from './document-filed.v1';
export * from './document-finding-recorded.v1';
export * from './contract-submitted.v1';
export * from './contract-reviewed.v1';
export * from './adviser-engaged.v1';
export * from './adviser-engagement-ended.v1';
export * from './adviser-work-recorded.v1';
export * from './agenda-meeting-recorded.v1';
export * from './cleanup-campaign-opened.v1';
export * from './cleanup-document-decided.v1';
export * from './cleanup-campaign-closed.v1';
export * from './district-unit-registered.v1';
export * from './district-unit-dissolved.v1';
export * from './coordination-group-established.v1';
export * from './coordination-group-dissolved.v1';
export * from './committee-meeting-held.v1';

import { EventOf } from '../envelope';
import { AdviserEngagedV1 } from './adviser-engaged.v1';
import { AdviserEngagementEndedV1 } from './adviser-engagement-ended.v1';
import { AdviserWorkRecordedV1 } from './adviser-work-recorded.v1';
import { AgendaMeetingRecordedV1 } from './agenda-meeting-recorded.v1';
import { CleanupCampaignClosedV1 } from './cleanup-campaign-closed.v1';
import { CleanupCampaignOpenedV1 } from './cleanup-campaign-opened.v1';
import { CleanupDocumentDecidedV1 } from './cleanup-document-decided.v1';
import { CommitteeMeetingHeldV1 } from './committee-meeting-held.v1';
import { CoordinationGroupDissolvedV1 } from './coordination-group-dissolved.v1';
import { CoordinationGroupEstablishedV1 } from './coordination-group-established.v1';
import { DistrictUnitDissolvedV1 } from './district-unit-dissolved.v1';
import { DistrictUnitRegisteredV1 } from './district-unit-registered.v1';
import { ContractReviewedV1 } from './contract-reviewed.v1';
import { ContractSubmittedV1 } from './contract-submitted.v1';
import { DocumentFiledV1 } from './document-filed.v1';
import { DocumentFindingRecordedV1 } from './document-finding-recorded.v1';
import { DocumentReviewedV1 } from './document-reviewed.v1';
import { DocumentSubmittedV1 } from './document-submitted.v1';

export const LEGAL_AFFAIRS_EVENTS = [
  DocumentSubmittedV1, DocumentReviewedV1, DocumentFiledV1, DocumentFindingRecordedV1,
  ContractSubmittedV1, ContractReviewedV1,
  AdviserEngagedV1, AdviserEngagementEndedV1, AdviserWorkRecordedV1,
  AgendaMeetingRecordedV1,
  CleanupCampaignOpenedV1, CleanupDocumentDecidedV1, CleanupCampaignClosedV1,
  DistrictUnitRegisteredV1, DistrictUnitDissolvedV1,
  CoordinationGroupEstablishedV1, CoordinationGroupDissolvedV1, CommitteeMeetingHeldV1,
] as const;
/** Every legal-affairs event, derived from the list above (one place to add an event). */
export type LegalAffairsEvent = EventOf<(typeof LEGAL_AFFAIRS_EVENTS)[number]>;
