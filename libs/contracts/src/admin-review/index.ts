export * from './enums';
export * from './review-received.v1';
export * from './review-accepted.v1';
export * from './review-rejected.v1';
export * from './review-extended.v1';
export * from './review-concluded.v1';
export * from './lawsuit-filed.v1';
export * from './lawsuit-hearing-held.v1';
export * from './lawsuit-judged.v1';

import { LawsuitFiledV1 } from './lawsuit-filed.v1';
import { LawsuitHearingHeldV1 } from './lawsuit-hearing-held.v1';
import { LawsuitJudgedV1 } from './lawsuit-judged.v1';
import { ReviewAcceptedV1 } from './review-accepted.v1';
import { ReviewConcludedV1 } from './review-concluded.v1';
import { ReviewExtendedV1 } from './review-extended.v1';
import { ReviewReceivedV1 } from './review-received.v1';
import { ReviewRejectedV1 } from './review-rejected.v1';

export const ADMIN_REVIEW_EVENTS = [
  ReviewReceivedV1, ReviewAcceptedV1, ReviewRejectedV1, ReviewExtendedV1, ReviewConcludedV1,
  LawsuitFiledV1, LawsuitHearingHeldV1, LawsuitJudgedV1,
] as const;
export type AdminReviewEvent =
  | ReviewReceivedV1 | ReviewAcceptedV1 | ReviewRejectedV1 | ReviewExtendedV1 | ReviewConcludedV1
  | LawsuitFiledV1 | LawsuitHearingHeldV1 | LawsuitJudgedV1;
