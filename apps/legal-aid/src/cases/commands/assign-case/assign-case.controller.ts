import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AssignCaseDto } from './assign-case.dto';
import { AssignCaseHandler } from './assign-case.handler';
import { CaseView } from '../../queries/get-case/case.view';

@ApiTags('cases')
@Controller('v1/cases')
export class AssignCaseController {
  constructor(private readonly handler: AssignCaseHandler) {}

  @Post(':id/assignment')
  @HttpCode(200)
  @ApiOperation({ summary: 'Give an accepted case to a law firm (status assigned); 409 unless accepted' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiOkResponse({ type: CaseView, description: 'The assigned case' })
  @ApiErrors(400, 404, 409)
  async assign(
    @UuidParam('id') id: string,
    @Body() dto: AssignCaseDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
