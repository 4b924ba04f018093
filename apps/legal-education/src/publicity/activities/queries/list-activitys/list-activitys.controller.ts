import { ApiErrors, ApiPageResponse, parseLimit, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ActivityRepository } from '../../persistence/activity.repository';
import { ActivityView, toActivityView } from '../get-activity/activity.view';
import { ListActivitysQuery } from './list-activitys.query';

@ApiTags('publicity-activities')
@Controller('v1/publicity-activities')
export class ListActivitysController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rows: ActivityRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Activities by unit, kind and heldAt, earliest first, paged by cursor' })
  @ApiPageResponse(ActivityView)
  @ApiErrors(400)
  async list(@Query() q: ListActivitysQuery) {
    const page = await this.rows.list(this.dataSource.manager, {
      unit: q.unit,
      kind: q.kind,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      limit: parseLimit(q.limit),
      cursor: q.cursor,
    });
    return { items: page.items.map((x) => toActivityView(x, this.config.timeZone)), nextCursor: page.nextCursor };
  }
}
