import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CorrectCaseDto } from './correct-case.dto';
import { CorrectCaseHandler } from './correct-case.handler';
import { CaseView } from '../../queries/get-case/case.view';

@ApiTags('cases')
@Controller('v1/cases')
export class CorrectCaseController {
  constructor(private readonly handler: CorrectCaseHandler) {}

  @Post(':id/correction')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Correct the benefit of a closed case, with a reason',
    description: 'The case stays closed at its closing time; reports change that year\'s benefit by new − old. 409 unless closed, and 409 when the benefit is already the one given.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response and corrects nothing again' })
  @ApiOkResponse({ type: CaseView, description: 'The corrected case' })
  @ApiErrors(400, 404, 409)
  async correct(
    @UuidParam('id') id: string,
    @Body() dto: CorrectCaseDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
