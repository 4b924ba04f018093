export * from './enums';
export * from './review-received.v1';
export * from './review-accepted.v1';
export * from './review-rejected.v1';
export * from './review-extended.v1';
export * from './review-concluded.v1';
export * from './lawsuit-filed.v1';
export * from './lawsuit-hearing-held.v1';
export * from './lawsuit-judged.v1';
export * from './performance-supervision-started.v1';
export * from './performance-supervision-concluded.v1';
export * from './judicial-suggestion-received.v1';
export * from './judicial-suggestion-supervised.v1';
export * from './judicial-suggestion-answered.v1';

import { EventOf } from '../envelope';
import { LawsuitFiledV1 } from './lawsuit-filed.v1';
import { LawsuitHearingHeldV1 } from './lawsuit-hearing-held.v1';
import { LawsuitJudgedV1 } from './lawsuit-judged.v1';
import { JudicialSuggestionAnsweredV1 } from './judicial-suggestion-answered.v1';
import { JudicialSuggestionReceivedV1 } from './judicial-suggestion-received.v1';
import { JudicialSuggestionSupervisedV1 } from './judicial-suggestion-supervised.v1';
import { PerformanceSupervisionConcludedV1 } from './performance-supervision-concluded.v1';
import { PerformanceSupervisionStartedV1 } from './performance-supervision-started.v1';
import { ReviewAcceptedV1 } from './review-accepted.v1';
import { ReviewConcludedV1 } from './review-concluded.v1';
import { ReviewExtendedV1 } from './review-extended.v1';
import { ReviewReceivedV1 } from './review-received.v1';
import { ReviewRejectedV1 } from './review-rejected.v1';

export const ADMIN_REVIEW_EVENTS = [
  ReviewReceivedV1, ReviewAcceptedV1, ReviewRejectedV1, ReviewExtendedV1, ReviewConcludedV1,
  LawsuitFiledV1, LawsuitHearingHeldV1, LawsuitJudgedV1,
  PerformanceSupervisionStartedV1, PerformanceSupervisionConcludedV1,
  JudicialSuggestionReceivedV1, JudicialSuggestionSupervisedV1, JudicialSuggestionAnsweredV1,
] as const;
/** Every administrative review and litigation event, derived from the list above (one place to add an event). */
export type AdminReviewEvent = EventOf<(typeof ADMIN_REVIEW_EVENTS)[number]>;
