import { CaseCommands, CommandResponse, CommandRunner } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { CleanupCampaign, decideDocument } from '../domain/cleanup-campaign';
import { documentDecided } from '../domain/cleanup-campaign-events';
import { CleanupCampaignRepository } from '../persistence/cleanup-campaign.repository';
import { CleanupCampaignView, CleanupDecidedView, toCleanupCampaignView, toCleanupDecisionView } from '../queries/get-campaign/cleanup-campaign.view';

/**
 * The one way clean-up campaigns change (the platform's command runner): the Idempotency-Key, the
 * campaign's row, a decision's row and the event in one statement.
 */
@Injectable()
export class CleanupCampaignCommandRunner extends CaseCommands<CleanupCampaign, CleanupCampaignView> {
  constructor(
    runner: CommandRunner,
    private readonly campaigns: CleanupCampaignRepository,
  ) {
    super(runner, campaigns, { view: (c) => toCleanupCampaignView(c, runner.timeZone) });
  }

  /** Decides one document in force within the campaign `id` (201 with the decision and the campaign after it). */
  decide(id: string, key: string | undefined, body: unknown, input: Omit<Parameters<typeof decideDocument>[1], 'id'>): Promise<CommandResponse<CleanupDecidedView>> {
    const scope = 'POST /v1/cleanup-campaigns/:id/decisions';
    return this.runner.change(this.campaigns, id, { scope: `${scope} ${id}`, key, body }, (current, now, ctx) => {
      const { campaign, decision } = decideDocument(current, { id: this.runner.newId(), ...input }, now);
      return {
        row: campaign,
        events: [documentDecided(campaign, decision, ctx())],
        also: [this.campaigns.decisionRow(decision)],
        status: 201,
        body: { decision: toCleanupDecisionView(decision, this.timeZone), campaign: toCleanupCampaignView(campaign, this.timeZone) },
      };
    });
  }
}
