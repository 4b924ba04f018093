import { ApiErrors, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CampaignRepository } from '../../persistence/campaign.repository';
import { CampaignView, toCampaignView } from './campaign.view';

@ApiTags('campaigns')
@Controller('v1/campaigns')
export class GetCampaignController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly campaigns: CampaignRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One campaign: panel, counts and the draw record (seed, pool size, drawn numbers)' })
  @ApiOkResponse({ type: CampaignView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const em = this.dataSource.manager;
    const campaign = await this.campaigns.findById(em, id);
    if (!campaign) throw new NotFoundError('campaign', id);
    return toCampaignView(campaign, await this.campaigns.counts(em, id), this.config.timeZone);
  }
}
