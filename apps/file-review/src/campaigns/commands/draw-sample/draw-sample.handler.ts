import { Injectable } from '@nestjs/common';
import { drawCampaign } from '../../domain/campaign';
import { fileSampled } from '../../domain/campaign-events';
import { CampaignRepository } from '../../persistence/campaign.repository';
import { FileRepository } from '../../persistence/file.repository';
import { toCampaignView } from '../../queries/get-campaign/campaign.view';
import { toFileView } from '../../queries/get-file/file.view';
import { CampaignCommandRunner } from '../campaign-command.runner';
import { DrawSampleDto } from './draw-sample.dto';

/**
 * Draws the random sample from an open campaign's pool, records the seed, the pool size and the
 * drawn numbers, and publishes one filereview.file.sampled per drawn file in draw order.
 */
@Injectable()
export class DrawSampleHandler {
  constructor(
    private readonly runner: CampaignCommandRunner,
    private readonly campaigns: CampaignRepository,
    private readonly files: FileRepository,
  ) {}

  execute(campaignId: string, dto: DrawSampleDto, idempotencyKey?: string) {
    return this.runner.change(`POST /v1/campaigns/:id/draw ${campaignId}`, idempotencyKey, dto, async () => campaignId, async (em, campaign, now) => {
      const pool = campaign.status === 'open' ? await this.files.poolNumbers(em, campaign.id) : [];
      // A random UUID when no seed is given; it is recorded like a chosen one.
      const seed = dto.seed ?? this.runner.newId();
      const next = drawCampaign(campaign, { seed, pool, sampleSize: dto.sampleSize }, now);
      const drawn = await this.files.markDrawn(em, campaign.id, next.draw!.fileNumbers, now);
      const tz = this.runner.timeZone;
      return {
        campaign: next,
        events: drawn.map((f) => fileSampled(next, f, tz)),
        status: 200,
        answer: async (em, c) => ({ ...toCampaignView(c, await this.campaigns.counts(em, c.id), tz), files: drawn.map((f) => toFileView(f, tz)) }),
      };
    });
  }
}
