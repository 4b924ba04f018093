import { ApiErrors, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CleanupCampaignRepository } from '../../persistence/cleanup-campaign.repository';
import { CleanupCampaignView, toCleanupCampaignView } from './cleanup-campaign.view';

@ApiTags('cleanup-campaigns')
@Controller('v1/cleanup-campaigns')
export class GetCleanupCampaignController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly campaigns: CleanupCampaignRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One clean-up campaign with its counts (its decisions: GET /v1/cleanup-campaigns/{id}/decisions)' })
  @ApiOkResponse({ type: CleanupCampaignView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const found = await this.campaigns.findById(this.dataSource.manager, id);
    if (!found) throw new NotFoundError('campaign', id);
    return toCleanupCampaignView(found, this.config.timeZone);
  }
}
