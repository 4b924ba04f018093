import { respond, ReplyLike, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConcludeDisputeDto } from './conclude-dispute.dto';
import { ConcludeDisputeHandler } from './conclude-dispute.handler';

@ApiTags('disputes')
@Controller('v1/disputes')
export class ConcludeDisputeController {
  constructor(private readonly handler: ConcludeDisputeHandler) {}

  @Post(':id/conclusion')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the outcome of a registered dispute (status succeeded or failed); 409 from any other status' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async conclude(
    @UuidParam('id') id: string,
    @Body() dto: ConcludeDisputeDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
