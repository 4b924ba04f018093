import { DomainError } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { openCampaign } from '../../domain/campaign';
import { campaignOpened } from '../../domain/campaign-events';
import { CampaignRepository } from '../../persistence/campaign.repository';
import { toCampaignView } from '../../queries/get-campaign/campaign.view';
import { CampaignCommandRunner } from '../campaign-command.runner';
import { OpenCampaignDto } from './open-campaign.dto';

/** Opens a campaign for pooling and publishes filereview.campaign.opened. */
@Injectable()
export class OpenCampaignHandler {
  constructor(
    private readonly runner: CampaignCommandRunner,
    private readonly campaigns: CampaignRepository,
  ) {}

  execute(dto: OpenCampaignDto, idempotencyKey?: string) {
    return this.runner.create('POST /v1/campaigns', idempotencyKey, dto, async (em, now) => {
      const campaign = openCampaign(
        { id: this.runner.newId(), year: dto.year, title: dto.title, panel: dto.panel.map((m) => ({ role: m.role, name: m.name ?? null })) },
        now,
      );
      if (!(await this.campaigns.insert(em, campaign)))
        throw new DomainError('CAMPAIGN.TITLE_TAKEN', `${dto.year} already has a campaign titled "${dto.title}"`, 'conflict', {
          year: dto.year,
          title: dto.title,
        });
      return {
        campaign,
        events: [campaignOpened(campaign, this.runner.timeZone)],
        status: 201,
        answer: async (em, c) => toCampaignView(c, await this.campaigns.counts(em, c.id), this.runner.timeZone),
      };
    });
  }
}
