export * from './enums';
export * from './campaign-opened.v1';
export * from './file-sampled.v1';
export * from './file-reviewed.v1';
export * from './campaign-noticed.v1';

import { EventOf } from '../envelope';
import { CampaignNoticedV1 } from './campaign-noticed.v1';
import { CampaignOpenedV1 } from './campaign-opened.v1';
import { FileReviewedV1 } from './file-reviewed.v1';
import { FileSampledV1 } from './file-sampled.v1';

/** Every file-review event; all are keyed by the campaign id so a campaign's events stay in order. */
export const FILE_REVIEW_EVENTS = [CampaignOpenedV1, FileSampledV1, FileReviewedV1, CampaignNoticedV1] as const;
/** Every file-review event, derived from the list above (one place to add an event). */
export type FileReviewEvent = EventOf<(typeof FILE_REVIEW_EVENTS)[number]>;
