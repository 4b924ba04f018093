import { ApiErrors, ApiPageResponse, parseLimit, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CleanupCampaignRepository } from '../../persistence/cleanup-campaign.repository';
import { CleanupCampaignView, toCleanupCampaignView } from '../get-campaign/cleanup-campaign.view';
import { ListCleanupCampaignsQuery } from './list-campaigns.query';

@ApiTags('cleanup-campaigns')
@Controller('v1/cleanup-campaigns')
export class ListCleanupCampaignsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly campaigns: CleanupCampaignRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Clean-up campaigns by status, earliest start first, paged by cursor' })
  @ApiPageResponse(CleanupCampaignView)
  @ApiErrors(400)
  async list(@Query() q: ListCleanupCampaignsQuery) {
    const page = await this.campaigns.list(this.dataSource.manager, { status: q.status, limit: parseLimit(q.limit), cursor: q.cursor });
    return { items: page.items.map((c) => toCleanupCampaignView(c, this.config.timeZone)), nextCursor: page.nextCursor };
  }
}
