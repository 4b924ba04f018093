import { defineEvent, EventOf } from '../envelope';
import { int, isoTime, object } from '../schema';
import { Topics } from '../topics';

/** The problem list was published to the agencies (通报); the campaign takes no more reviews. */
export const CampaignNoticedV1 = defineEvent(
  'filereview.campaign.noticed',
  1,
  Topics.fileReview,
  object({
    year: int({ min: 2000, max: 2100 }),
    issuedAt: isoTime(),
    filesDrawn: int({ min: 0 }),
    filesReviewed: int({ min: 0 }),
    problems: int({ min: 0 }),
  }),
);
export type CampaignNoticedV1 = EventOf<typeof CampaignNoticedV1>;
