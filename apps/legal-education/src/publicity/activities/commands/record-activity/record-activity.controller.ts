import { ApiErrors, ReplyLike, respond } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ActivityView } from '../../queries/get-activity/activity.view';
import { RecordActivityDto } from './record-activity.dto';
import { RecordActivityHandler } from './record-activity.handler';

@ApiTags('publicity-activities')
@Controller('v1/publicity-activities')
export class RecordActivityController {
  constructor(private readonly handler: RecordActivityHandler) {}

  @Post()
  @ApiOperation({ summary: 'Record a publicity activity a unit held under its duty list (普法宣传、以案释法)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: ActivityView, description: 'The new record (a replay answers the first response)' })
  @ApiErrors(400)
  async execute(@Body() dto: RecordActivityDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
