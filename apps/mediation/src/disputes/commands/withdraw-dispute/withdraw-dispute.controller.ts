import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { WithdrawDisputeDto } from './withdraw-dispute.dto';
import { WithdrawDisputeHandler } from './withdraw-dispute.handler';
import { DisputeView } from '../../queries/get-dispute/dispute.view';

@ApiTags('disputes')
@Controller('v1/disputes')
export class WithdrawDisputeController {
  constructor(private readonly handler: WithdrawDisputeHandler) {}

  @Post(':id/withdrawal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that the parties withdrew a registered dispute (status withdrawn)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: DisputeView, description: 'The withdrawn dispute' })
  @ApiErrors(400, 404, 409)
  async withdraw(
    @UuidParam('id') id: string,
    @Body() dto: WithdrawDisputeDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
