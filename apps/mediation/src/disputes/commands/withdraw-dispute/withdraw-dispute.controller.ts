import { respond, ReplyLike, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { WithdrawDisputeDto } from './withdraw-dispute.dto';
import { WithdrawDisputeHandler } from './withdraw-dispute.handler';

@ApiTags('disputes')
@Controller('v1/disputes')
export class WithdrawDisputeController {
  constructor(private readonly handler: WithdrawDisputeHandler) {}

  @Post(':id/withdrawal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that the parties withdrew a registered dispute (status withdrawn)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async withdraw(
    @UuidParam('id') id: string,
    @Body() dto: WithdrawDisputeDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
