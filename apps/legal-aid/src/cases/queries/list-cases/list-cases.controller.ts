import { ApiErrors, ApiPageResponse, parseLimit, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CaseRepository } from '../../persistence/case.repository';
import { CaseView, toCaseView } from '../get-case/case.view';
import { ListCasesQuery } from './list-cases.query';

@ApiTags('cases')
@Controller('v1/cases')
export class ListCasesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Cases by status and application time, oldest first, paged by cursor; personal data masked' })
  @ApiPageResponse(CaseView)
  @ApiErrors(400)
  async list(@Query() q: ListCasesQuery) {
    const page = await this.cases.list(this.dataSource.manager, {
      status: q.status,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      limit: parseLimit(q.limit),
      cursor: q.cursor,
    });
    return { items: page.items.map((c) => toCaseView(c, this.config.timeZone)), nextCursor: page.nextCursor };
  }
}
