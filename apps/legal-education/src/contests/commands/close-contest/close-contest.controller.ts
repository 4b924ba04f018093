import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ContestView } from '../../queries/get-contest/contest.view';
import { CloseContestDto } from './close-contest.dto';
import { CloseContestHandler } from './close-contest.handler';

@ApiTags('contests')
@Controller('v1/contests')
export class CloseContestController {
  constructor(private readonly handler: CloseContestHandler) {}

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a contest with its participants (status closed); 409 unless open' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiOkResponse({ type: ContestView, description: 'The closed contest' })
  @ApiErrors(400, 404, 409)
  async execute(@UuidParam('id') id: string, @Body() dto: CloseContestDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
