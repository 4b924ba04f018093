import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { WorkRecordedView } from '../../queries/get-engagement/engagement.view';
import { RecordWorkDto } from './record-work.dto';
import { RecordWorkHandler } from './record-work.handler';

@ApiTags('engagements')
@Controller('v1/engagements')
export class RecordWorkController {
  constructor(private readonly handler: RecordWorkHandler) {}

  @Post(':id/work-records')
  @ApiOperation({ summary: "Record a piece of the adviser's work for the unit; 409 unless the engagement is engaged, 400 if before startedAt" })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: WorkRecordedView, description: 'The work record and the engagement after it (a replay answers the first response)' })
  @ApiErrors(400, 404, 409)
  async record(
    @UuidParam('id') id: string,
    @Body() dto: RecordWorkDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
