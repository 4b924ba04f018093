import { ApiErrors, ReplyLike, respond } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EngageAdviserDto } from './engage-adviser.dto';
import { EngageAdviserHandler } from './engage-adviser.handler';
import { EngagementView } from '../../queries/get-engagement/engagement.view';

@ApiTags('engagements')
@Controller('v1/engagements')
export class EngageAdviserController {
  constructor(private readonly handler: EngageAdviserHandler) {}

  @Post()
  @ApiOperation({ summary: 'Register that a district unit engaged a legal adviser (选聘, status engaged)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: EngagementView, description: 'The new record (a replay answers the first response)' })
  @ApiErrors(400)
  async execute(@Body() dto: EngageAdviserDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
