import { CleanupCampaignClosedV1, CleanupCampaignOpenedV1, CleanupDocumentDecidedV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { CleanupCampaign, CleanupDecision, reviewedCount } from './cleanup-campaign';

export function campaignOpened(c: CleanupCampaign, ctx: EventContext): CleanupCampaignOpenedV1 {
  return { ...envelopeFor(CleanupCampaignOpenedV1.type, c.id, c.sequence, ctx), payload: { startedAt: formatInZone(c.startedAt, ctx.timeZone) } };
}

export function documentDecided(c: CleanupCampaign, d: CleanupDecision, ctx: EventContext): CleanupDocumentDecidedV1 {
  return {
    ...envelopeFor(CleanupDocumentDecidedV1.type, c.id, c.sequence, ctx),
    payload: { startedAt: formatInZone(c.startedAt, ctx.timeZone), decisionId: d.id, outcome: d.outcome, decidedAt: formatInZone(d.decidedAt, ctx.timeZone) },
  };
}

export function campaignClosed(c: CleanupCampaign, ctx: EventContext): CleanupCampaignClosedV1 {
  return {
    ...envelopeFor(CleanupCampaignClosedV1.type, c.id, c.sequence, ctx),
    payload: {
      startedAt: formatInZone(c.startedAt, ctx.timeZone), closedAt: formatInZone(c.closedAt!, ctx.timeZone),
      reviewed: reviewedCount(c), kept: c.kept, amended: c.amended, repealed: c.repealed,
    },
  };
}
