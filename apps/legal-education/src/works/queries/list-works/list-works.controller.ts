import { ApiErrors, ApiPageResponse, parseLimit, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { WorkRepository } from '../../persistence/work.repository';
import { WorkView, toWorkView } from '../get-work/work.view';
import { ListWorksQuery } from './list-works.query';

@ApiTags('works')
@Controller('v1/works')
export class ListWorksController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly works: WorkRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Publicity works by status, earliest released first, paged by cursor' })
  @ApiPageResponse(WorkView)
  @ApiErrors(400)
  async list(@Query() q: ListWorksQuery) {
    const page = await this.works.list(this.dataSource.manager, { status: q.status, limit: parseLimit(q.limit), cursor: q.cursor });
    return { items: page.items.map((e) => toWorkView(e, this.config.timeZone)), nextCursor: page.nextCursor };
  }
}
