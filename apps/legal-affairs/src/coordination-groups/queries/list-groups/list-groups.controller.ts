import { ApiErrors, ApiPageResponse, parseLimit, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CoordinationGroupRepository } from '../../persistence/coordination-group.repository';
import { CoordinationGroupView, toCoordinationGroupView } from '../get-group/coordination-group.view';
import { ListGroupsQuery } from './list-groups.query';

@ApiTags('coordination-groups')
@Controller('v1/coordination-groups')
export class ListGroupsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly groups: CoordinationGroupRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Coordination groups by status and field, earliest established first, paged by cursor' })
  @ApiPageResponse(CoordinationGroupView)
  @ApiErrors(400)
  async list(@Query() q: ListGroupsQuery) {
    const page = await this.groups.list(this.dataSource.manager, { status: q.status, field: q.field, limit: parseLimit(q.limit), cursor: q.cursor });
    return { items: page.items.map((g) => toCoordinationGroupView(g, this.config.timeZone)), nextCursor: page.nextCursor };
  }
}
