import { ApiErrors, ApiPageResponse, parseLimit, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AgendaMeetingRepository } from '../../persistence/agenda-meeting.repository';
import { AgendaMeetingView, toAgendaMeetingView } from '../get-agenda-meeting/agenda-meeting.view';
import { ListAgendaMeetingsQuery } from './list-agenda-meetings.query';

@ApiTags('agenda-meetings')
@Controller('v1/agenda-meetings')
export class ListAgendaMeetingsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: AgendaMeetingRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Rule-of-law agenda meetings by kind and time held, earliest first, paged by cursor' })
  @ApiPageResponse(AgendaMeetingView)
  @ApiErrors(400)
  async list(@Query() q: ListAgendaMeetingsQuery) {
    const page = await this.meetings.list(this.dataSource.manager, {
      kind: q.kind,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      limit: parseLimit(q.limit),
      cursor: q.cursor,
    });
    return { items: page.items.map((m) => toAgendaMeetingView(m, this.config.timeZone)), nextCursor: page.nextCursor };
  }
}
