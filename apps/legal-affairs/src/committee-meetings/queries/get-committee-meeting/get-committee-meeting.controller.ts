import { ApiErrors, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CommitteeMeetingRepository } from '../../persistence/committee-meeting.repository';
import { CommitteeMeetingView, toCommitteeMeetingView } from './committee-meeting.view';

@ApiTags('committee-meetings')
@Controller('v1/committee-meetings')
export class GetCommitteeMeetingController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: CommitteeMeetingRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One meeting of the rule-of-law committee' })
  @ApiOkResponse({ type: CommitteeMeetingView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const found = await this.meetings.findById(this.dataSource.manager, id);
    if (!found) throw new NotFoundError('meeting', id);
    return toCommitteeMeetingView(found, this.config.timeZone);
  }
}
