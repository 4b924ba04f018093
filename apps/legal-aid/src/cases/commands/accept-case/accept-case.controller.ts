import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AcceptCaseDto } from './accept-case.dto';
import { AcceptCaseHandler } from './accept-case.handler';
import { CaseView } from '../../queries/get-case/case.view';

@ApiTags('cases')
@Controller('v1/cases')
export class AcceptCaseController {
  constructor(private readonly handler: AcceptCaseHandler) {}

  @Post(':id/acceptance')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept an application (status accepted); 409 unless applied, 400 if before appliedAt' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiOkResponse({ type: CaseView, description: 'The accepted case' })
  @ApiErrors(400, 404, 409)
  async accept(
    @UuidParam('id') id: string,
    @Body() dto: AcceptCaseDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
