export * from './enums';
export * from './dimensions';
export * from './exam-scheduled.v1';
export * from './exam-held.v1';
export * from './exam-cancelled.v1';
export * from './contest-opened.v1';
export * from './contest-closed.v1';
export * from './work-released.v1';
export * from './work-awarded.v1';
export * from './publicity-activity-recorded.v1';
export * from './media-item-adopted.v1';
export * from './survey-recorded.v1';
export * from './village-assessed.v1';

import { EventOf } from '../envelope';
import { ContestClosedV1 } from './contest-closed.v1';
import { ContestOpenedV1 } from './contest-opened.v1';
import { ExamCancelledV1 } from './exam-cancelled.v1';
import { ExamHeldV1 } from './exam-held.v1';
import { ExamScheduledV1 } from './exam-scheduled.v1';
import { MediaItemAdoptedV1 } from './media-item-adopted.v1';
import { PublicityActivityRecordedV1 } from './publicity-activity-recorded.v1';
import { SurveyRecordedV1 } from './survey-recorded.v1';
import { VillageAssessedV1 } from './village-assessed.v1';
import { WorkAwardedV1 } from './work-awarded.v1';
import { WorkReleasedV1 } from './work-released.v1';

export const LEGAL_EDUCATION_EVENTS = [
  ExamScheduledV1, ExamHeldV1, ExamCancelledV1,
  ContestOpenedV1, ContestClosedV1,
  WorkReleasedV1, WorkAwardedV1,
  PublicityActivityRecordedV1, MediaItemAdoptedV1, SurveyRecordedV1, VillageAssessedV1,
] as const;
/** Every legal-education event, derived from the list above (one place to add an event). */
export type LegalEducationEvent = EventOf<(typeof LEGAL_EDUCATION_EVENTS)[number]>;
