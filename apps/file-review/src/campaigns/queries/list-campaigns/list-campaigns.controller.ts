import { ApiErrors, ApiPageResponse, formatInZone, parseLimit, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { CAMPAIGN_STATUSES, CampaignStatus } from '@casetrack/contracts';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Campaign } from '../../domain/campaign';
import { CampaignRepository } from '../../persistence/campaign.repository';
import { ListCampaignsQuery } from './list-campaigns.query';

/** A campaign in a list (the OpenAPI schema). */
export class CampaignSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: CAMPAIGN_STATUSES }) status: CampaignStatus;
  @ApiProperty({ type: 'integer', nullable: true }) sampleSize: number | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true, description: "In the district's time zone" }) issuedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** A campaign in a list: what it is and where it stands (panel, counts and draw: GET one campaign). */
function toCampaignSummary(c: Campaign, timeZone: string): CampaignSummaryView {
  return {
    id: c.id,
    year: c.year,
    title: c.title,
    status: c.status,
    sampleSize: c.draw?.sampleSize ?? null,
    issuedAt: c.issuedAt ? formatInZone(c.issuedAt, timeZone) : null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

@ApiTags('campaigns')
@Controller('v1/campaigns')
export class ListCampaignsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly campaigns: CampaignRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Campaigns, oldest first, optionally of one year or status, paged by cursor' })
  @ApiPageResponse(CampaignSummaryView)
  @ApiErrors(400)
  async list(@Query() q: ListCampaignsQuery) {
    const page = await this.campaigns.list(this.dataSource.manager, {
      year: q.year === undefined ? undefined : Number(q.year),
      status: q.status,
      limit: parseLimit(q.limit),
      cursor: q.cursor,
    });
    return { items: page.items.map((c) => toCampaignSummary(c, this.config.timeZone)), nextCursor: page.nextCursor };
  }
}
