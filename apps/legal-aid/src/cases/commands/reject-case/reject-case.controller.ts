import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RejectCaseDto } from './reject-case.dto';
import { RejectCaseHandler } from './reject-case.handler';
import { CaseView } from '../../queries/get-case/case.view';

@ApiTags('cases')
@Controller('v1/cases')
export class RejectCaseController {
  constructor(private readonly handler: RejectCaseHandler) {}

  @Post(':id/rejection')
  @HttpCode(200)
  @ApiOperation({ summary: 'Refuse an application (status rejected); 409 unless applied, 400 if before appliedAt' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiOkResponse({ type: CaseView, description: 'The rejected case' })
  @ApiErrors(400, 404, 409)
  async reject(
    @UuidParam('id') id: string,
    @Body() dto: RejectCaseDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
