import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RecordJudgmentDto } from './record-judgment.dto';
import { RecordJudgmentHandler } from './record-judgment.handler';
import { LawsuitView } from '../../queries/get-lawsuit/lawsuit.view';

@ApiTags('lawsuits')
@Controller('v1/lawsuits')
export class RecordJudgmentController {
  constructor(private readonly handler: RecordJudgmentHandler) {}

  @Post(':id/judgment')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the judgment of an open lawsuit (status closed); 409 when it is already closed' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: LawsuitView, description: 'The closed lawsuit with its hearings' })
  @ApiErrors(400, 404, 409)
  async judge(
    @UuidParam('id') id: string,
    @Body() dto: RecordJudgmentDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
