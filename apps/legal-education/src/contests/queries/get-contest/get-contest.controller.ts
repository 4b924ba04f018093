import { ApiErrors, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ContestRepository } from '../../persistence/contest.repository';
import { ContestView, toContestView } from './contest.view';

@ApiTags('contests')
@Controller('v1/contests')
export class GetContestController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contests: ContestRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One online contest' })
  @ApiOkResponse({ type: ContestView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const found = await this.contests.findById(this.dataSource.manager, id);
    if (!found) throw new NotFoundError('contest', id);
    return toContestView(found, this.config.timeZone);
  }
}
