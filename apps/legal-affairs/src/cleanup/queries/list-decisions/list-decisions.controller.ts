import { ApiErrors, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CleanupCampaignRepository } from '../../persistence/cleanup-campaign.repository';
import { CleanupDecisionListView, toCleanupDecisionView } from '../get-campaign/cleanup-campaign.view';

@ApiTags('cleanup-campaigns')
@Controller('v1/cleanup-campaigns')
export class ListCleanupDecisionsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly campaigns: CleanupCampaignRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id/decisions')
  @ApiOperation({ summary: "A clean-up campaign's decisions, in the order decided" })
  @ApiOkResponse({ type: CleanupDecisionListView })
  @ApiErrors(400, 404)
  async list(@UuidParam('id') id: string) {
    // One snapshot, so the decisions match the campaign's counts.
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      if (!(await this.campaigns.findById(em, id))) throw new NotFoundError('campaign', id);
      return { items: (await this.campaigns.decisionsOf(em, id)).map((d) => toCleanupDecisionView(d, this.config.timeZone)) };
    });
  }
}
