import { ApiErrors, ApiPageResponse, parseLimit, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ContestRepository } from '../../persistence/contest.repository';
import { ContestView, toContestView } from '../get-contest/contest.view';
import { ListContestsQuery } from './list-contests.query';

@ApiTags('contests')
@Controller('v1/contests')
export class ListContestsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contests: ContestRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Online contests by status, earliest opened first, paged by cursor' })
  @ApiPageResponse(ContestView)
  @ApiErrors(400)
  async list(@Query() q: ListContestsQuery) {
    const page = await this.contests.list(this.dataSource.manager, { status: q.status, limit: parseLimit(q.limit), cursor: q.cursor });
    return { items: page.items.map((e) => toContestView(e, this.config.timeZone)), nextCursor: page.nextCursor };
  }
}
