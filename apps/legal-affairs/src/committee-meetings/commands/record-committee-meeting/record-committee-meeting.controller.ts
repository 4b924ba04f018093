import { ApiErrors, ReplyLike, respond } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommitteeMeetingView } from '../../queries/get-committee-meeting/committee-meeting.view';
import { RecordCommitteeMeetingDto } from './record-committee-meeting.dto';
import { RecordCommitteeMeetingHandler } from './record-committee-meeting.handler';

@ApiTags('committee-meetings')
@Controller('v1/committee-meetings')
export class RecordCommitteeMeetingController {
  constructor(private readonly handler: RecordCommitteeMeetingHandler) {}

  @Post()
  @ApiOperation({ summary: 'Record a meeting of the district rule-of-law committee (区委全面依法治区委员会第N次会议)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: CommitteeMeetingView, description: 'The new record (a replay answers the first response)' })
  @ApiErrors(400)
  async execute(@Body() dto: RecordCommitteeMeetingDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
