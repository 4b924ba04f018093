import { Injectable } from '@nestjs/common';
import { closeCampaign } from '../../domain/cleanup-campaign';
import { campaignClosed } from '../../domain/cleanup-campaign-events';
import { CleanupCampaignCommandRunner } from '../cleanup-campaign-command.runner';
import { CloseCleanupCampaignDto } from './close-campaign.dto';

/** Closes a clean-up campaign and publishes legalaffairs.cleanup.campaign-closed with its counts. */
@Injectable()
export class CloseCleanupCampaignHandler {
  constructor(private readonly runner: CleanupCampaignCommandRunner) {}

  execute(id: string, dto: CloseCleanupCampaignDto, idempotencyKey?: string) {
    return this.runner.change('POST /v1/cleanup-campaigns/:id/close', id, idempotencyKey, dto, (c, now) => closeCampaign(c, { closedAt: new Date(dto.closedAt) }, now), campaignClosed);
  }
}
