import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { JudicialSuggestionView } from '../../queries/get-lawsuit/lawsuit.view';
import { AnswerJudicialSuggestionDto } from './answer-judicial-suggestion.dto';
import { AnswerJudicialSuggestionHandler } from './answer-judicial-suggestion.handler';

@ApiTags('lawsuits')
@Controller('v1/lawsuits')
export class AnswerJudicialSuggestionController {
  constructor(private readonly handler: AnswerJudicialSuggestionHandler) {}

  @Post(':id/judicial-suggestions/:suggestionId/answer')
  @HttpCode(200)
  @ApiOperation({ summary: "Record the agency's answer to a judicial suggestion (status answered); 409 once it is answered" })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiOkResponse({ type: JudicialSuggestionView, description: 'The suggestion as it now stands' })
  @ApiErrors(400, 404, 409)
  async answer(
    @UuidParam('id') id: string,
    @UuidParam('suggestionId') suggestionId: string,
    @Body() dto: AnswerJudicialSuggestionDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, suggestionId, dto, key));
  }
}
