import { ApiErrors, ApiPageResponse, parseLimit, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { EngagementRepository } from '../../persistence/engagement.repository';
import { EngagementView, toEngagementView } from '../get-engagement/engagement.view';
import { ListEngagementsQuery } from './list-engagements.query';

@ApiTags('engagements')
@Controller('v1/engagements')
export class ListEngagementsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engagements: EngagementRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Adviser engagements by status and unit, earliest start first, paged by cursor' })
  @ApiPageResponse(EngagementView)
  @ApiErrors(400)
  async list(@Query() q: ListEngagementsQuery) {
    const page = await this.engagements.list(this.dataSource.manager, { status: q.status, unit: q.unit, limit: parseLimit(q.limit), cursor: q.cursor });
    return { items: page.items.map((e) => toEngagementView(e, this.config.timeZone)), nextCursor: page.nextCursor };
  }
}
