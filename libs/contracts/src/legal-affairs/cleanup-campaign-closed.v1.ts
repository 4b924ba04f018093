import { defineEvent, EventOf } from '../envelope';
import { int, isoTime, object } from '../schema';
import { Topics } from '../topics';

/** The campaign closed at `closedAt`, with how many documents it reviewed and what became of them (kept + amended + repealed = reviewed). */
export const CleanupCampaignClosedV1 = defineEvent(
  'legalaffairs.cleanup.campaign-closed',
  1,
  Topics.legalAffairs,
  object({ startedAt: isoTime(), closedAt: isoTime(), reviewed: int({ min: 0 }), kept: int({ min: 0 }), amended: int({ min: 0 }), repealed: int({ min: 0 }) }),
);
export type CleanupCampaignClosedV1 = EventOf<typeof CleanupCampaignClosedV1>;
