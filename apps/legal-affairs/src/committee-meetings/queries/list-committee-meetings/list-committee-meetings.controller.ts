import { ApiErrors, ApiPageResponse, PageQuery, parseLimit, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CommitteeMeetingRepository } from '../../persistence/committee-meeting.repository';
import { CommitteeMeetingView, toCommitteeMeetingView } from '../get-committee-meeting/committee-meeting.view';

@ApiTags('committee-meetings')
@Controller('v1/committee-meetings')
export class ListCommitteeMeetingsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: CommitteeMeetingRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: "The rule-of-law committee's meetings, earliest first, paged by cursor" })
  @ApiPageResponse(CommitteeMeetingView)
  @ApiErrors(400)
  async list(@Query() q: PageQuery) {
    const page = await this.meetings.list(this.dataSource.manager, { limit: parseLimit(q.limit), cursor: q.cursor });
    return { items: page.items.map((m) => toCommitteeMeetingView(m, this.config.timeZone)), nextCursor: page.nextCursor };
  }
}
