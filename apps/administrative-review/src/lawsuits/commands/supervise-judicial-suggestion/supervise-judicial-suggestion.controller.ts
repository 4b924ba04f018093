import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { JudicialSuggestionView } from '../../queries/get-lawsuit/lawsuit.view';
import { SuperviseJudicialSuggestionDto } from './supervise-judicial-suggestion.dto';
import { SuperviseJudicialSuggestionHandler } from './supervise-judicial-suggestion.handler';

@ApiTags('lawsuits')
@Controller('v1/lawsuits')
export class SuperviseJudicialSuggestionController {
  constructor(private readonly handler: SuperviseJudicialSuggestionHandler) {}

  @Post(':id/judicial-suggestions/:suggestionId/supervision')
  @HttpCode(200)
  @ApiOperation({ summary: "Start supervising the agency's handling of a judicial suggestion (督办; status supervised); 409 unless it is received" })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiOkResponse({ type: JudicialSuggestionView, description: 'The suggestion as it now stands' })
  @ApiErrors(400, 404, 409)
  async supervise(
    @UuidParam('id') id: string,
    @UuidParam('suggestionId') suggestionId: string,
    @Body() dto: SuperviseJudicialSuggestionDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, suggestionId, dto, key));
  }
}
