import { ApiErrors, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AgendaMeetingRepository } from '../../persistence/agenda-meeting.repository';
import { AgendaMeetingView, toAgendaMeetingView } from './agenda-meeting.view';

@ApiTags('agenda-meetings')
@Controller('v1/agenda-meetings')
export class GetAgendaMeetingController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: AgendaMeetingRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One rule-of-law agenda meeting' })
  @ApiOkResponse({ type: AgendaMeetingView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const found = await this.meetings.findById(this.dataSource.manager, id);
    if (!found) throw new NotFoundError('meeting', id);
    return toAgendaMeetingView(found, this.config.timeZone);
  }
}
