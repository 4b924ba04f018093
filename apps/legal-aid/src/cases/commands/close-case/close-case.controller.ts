import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CloseCaseDto } from './close-case.dto';
import { CloseCaseHandler } from './close-case.handler';
import { CaseView } from '../../queries/get-case/case.view';

@ApiTags('cases')
@Controller('v1/cases')
export class CloseCaseController {
  constructor(private readonly handler: CloseCaseHandler) {}

  @Post(':id/closure')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close an assigned case with its result and the money obtained for the client (status closed); 409 unless assigned' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiOkResponse({ type: CaseView, description: 'The closed case' })
  @ApiErrors(400, 404, 409)
  async close(
    @UuidParam('id') id: string,
    @Body() dto: CloseCaseDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
