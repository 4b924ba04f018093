import { Injectable } from '@nestjs/common';
import { openCampaign } from '../../domain/cleanup-campaign';
import { campaignOpened } from '../../domain/cleanup-campaign-events';
import { CleanupCampaignCommandRunner } from '../cleanup-campaign-command.runner';
import { OpenCleanupCampaignDto } from './open-campaign.dto';

/** Opens a clean-up campaign and publishes legalaffairs.cleanup.campaign-opened (without its title). */
@Injectable()
export class OpenCleanupCampaignHandler {
  constructor(private readonly runner: CleanupCampaignCommandRunner) {}

  execute(dto: OpenCleanupCampaignDto, idempotencyKey?: string) {
    return this.runner.create('POST /v1/cleanup-campaigns', idempotencyKey, dto, (now) => openCampaign({ id: this.runner.newId(), title: dto.title, startedAt: new Date(dto.startedAt) }, now), campaignOpened);
  }
}
