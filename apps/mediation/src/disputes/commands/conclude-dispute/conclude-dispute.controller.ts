import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConcludeDisputeDto } from './conclude-dispute.dto';
import { ConcludeDisputeHandler } from './conclude-dispute.handler';
import { DisputeView } from '../../queries/get-dispute/dispute.view';

@ApiTags('disputes')
@Controller('v1/disputes')
export class ConcludeDisputeController {
  constructor(private readonly handler: ConcludeDisputeHandler) {}

  @Post(':id/conclusion')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the outcome of a registered dispute (status succeeded or failed); 409 from any other status' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: DisputeView, description: 'The concluded dispute' })
  @ApiErrors(400, 404, 409)
  async conclude(
    @UuidParam('id') id: string,
    @Body() dto: ConcludeDisputeDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
