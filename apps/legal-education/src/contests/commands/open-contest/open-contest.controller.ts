import { ApiErrors, ReplyLike, respond } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ContestView } from '../../queries/get-contest/contest.view';
import { OpenContestDto } from './open-contest.dto';
import { OpenContestHandler } from './open-contest.handler';

@ApiTags('contests')
@Controller('v1/contests')
export class OpenContestController {
  constructor(private readonly handler: OpenContestHandler) {}

  @Post()
  @ApiOperation({ summary: 'Open an online knowledge contest (status open)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: ContestView, description: 'The new contest (a replay answers the first response)' })
  @ApiErrors(400)
  async execute(@Body() dto: OpenContestDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
