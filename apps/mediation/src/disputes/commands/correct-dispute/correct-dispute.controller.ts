import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CorrectDisputeDto } from './correct-dispute.dto';
import { CorrectDisputeHandler } from './correct-dispute.handler';
import { DisputeView } from '../../queries/get-dispute/dispute.view';

@ApiTags('disputes')
@Controller('v1/disputes')
export class CorrectDisputeController {
  constructor(private readonly handler: CorrectDisputeHandler) {}

  @Post(':id/correction')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Correct the result of a concluded dispute (succeeded ↔ failed), with a reason',
    description: 'The dispute keeps its conclusion time; reports move it between succeeded and failed of that year. 409 unless succeeded or failed, and 409 when the result is already the one given.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response and corrects nothing again' })
  @ApiOkResponse({ type: DisputeView, description: 'The corrected dispute' })
  @ApiErrors(400, 404, 409)
  async correct(
    @UuidParam('id') id: string,
    @Body() dto: CorrectDisputeDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
