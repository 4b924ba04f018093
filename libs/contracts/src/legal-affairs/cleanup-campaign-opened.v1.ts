import { defineEvent, EventOf } from '../envelope';
import { isoTime, object } from '../schema';
import { Topics } from '../topics';

/** The section opened a clean-up campaign (清理) over the normative documents in force, at `startedAt`. Never its title. */
export const CleanupCampaignOpenedV1 = defineEvent('legalaffairs.cleanup.campaign-opened', 1, Topics.legalAffairs, object({ startedAt: isoTime() }));
export type CleanupCampaignOpenedV1 = EventOf<typeof CleanupCampaignOpenedV1>;
