import { Injectable } from '@nestjs/common';
import { issueNotice } from '../../domain/campaign';
import { campaignNoticed } from '../../domain/campaign-events';
import { CampaignRepository } from '../../persistence/campaign.repository';
import { FileRepository } from '../../persistence/file.repository';
import { toCampaignView } from '../../queries/get-campaign/campaign.view';
import { CampaignCommandRunner } from '../campaign-command.runner';
import { IssueNoticeDto } from './issue-notice.dto';

/** Publishes the campaign's problem list (status noticed; reviews close) and filereview.campaign.noticed. */
@Injectable()
export class IssueNoticeHandler {
  constructor(
    private readonly runner: CampaignCommandRunner,
    private readonly campaigns: CampaignRepository,
    private readonly files: FileRepository,
  ) {}

  execute(campaignId: string, dto: IssueNoticeDto, idempotencyKey?: string) {
    return this.runner.change(`POST /v1/campaigns/:id/notice ${campaignId}`, idempotencyKey, dto, async () => campaignId, async (em, campaign, now) => {
      const lastReviewedAt = await this.files.lastReviewedAt(em, campaign.id);
      const next = issueNotice(campaign, { issuedAt: new Date(dto.issuedAt), lastReviewedAt }, now);
      const counts = await this.campaigns.counts(em, campaign.id);
      const tz = this.runner.timeZone;
      return {
        campaign: next,
        events: [campaignNoticed(next, { filesDrawn: counts.drawn, filesReviewed: counts.reviewed, problems: counts.problems }, tz)],
        status: 200,
        answer: async (_em, c) => toCampaignView(c, counts, tz),
      };
    });
  }
}
