import { ApiErrors, ApiPageResponse, parseLimit, scopeToUnit, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { DisputeRepository } from '../../persistence/dispute.repository';
import { DisputeView, toDisputeView } from '../get-dispute/dispute.view';
import { ListDisputesQuery } from './list-disputes.query';

@ApiTags('disputes')
@Controller('v1/disputes')
export class ListDisputesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly disputes: DisputeRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Disputes by committee, status, category and receipt time, oldest first, paged by cursor (a clerk sees only their committee\'s)' })
  @ApiPageResponse(DisputeView)
  @ApiErrors(400)
  async list(@Query() q: ListDisputesQuery) {
    const page = await this.disputes.list(this.dataSource.manager, {
      committeeCode: scopeToUnit(q.committeeCode),
      status: q.status,
      category: q.category,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      limit: parseLimit(q.limit),
      cursor: q.cursor,
    });
    return { items: page.items.map((d) => toDisputeView(d, this.config.timeZone)), nextCursor: page.nextCursor };
  }
}
