import { ApiErrors, ReplyLike, respond } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RecordAgendaMeetingDto } from './record-agenda-meeting.dto';
import { RecordAgendaMeetingHandler } from './record-agenda-meeting.handler';
import { AgendaMeetingView } from '../../queries/get-agenda-meeting/agenda-meeting.view';

@ApiTags('agenda-meetings')
@Controller('v1/agenda-meetings')
export class RecordAgendaMeetingController {
  constructor(private readonly handler: RecordAgendaMeetingHandler) {}

  @Post()
  @ApiOperation({ summary: 'Record a leadership meeting that studied rule-of-law work (局党组会、局长办公会研究法治建设工作)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: AgendaMeetingView, description: 'The new record (a replay answers the first response)' })
  @ApiErrors(400)
  async execute(@Body() dto: RecordAgendaMeetingDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
