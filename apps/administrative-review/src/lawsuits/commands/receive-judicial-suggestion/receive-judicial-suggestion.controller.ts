import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { JudicialSuggestionView } from '../../queries/get-lawsuit/lawsuit.view';
import { ReceiveJudicialSuggestionDto } from './receive-judicial-suggestion.dto';
import { ReceiveJudicialSuggestionHandler } from './receive-judicial-suggestion.handler';

@ApiTags('lawsuits')
@Controller('v1/lawsuits')
export class ReceiveJudicialSuggestionController {
  constructor(private readonly handler: ReceiveJudicialSuggestionHandler) {}

  @Post(':id/judicial-suggestions')
  @ApiOperation({ summary: 'Record a judicial suggestion (司法建议) a court made to the defendant agency in a lawsuit, open or closed (status received)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: JudicialSuggestionView, description: 'The recorded suggestion' })
  @ApiErrors(400, 404)
  async receive(
    @UuidParam('id') id: string,
    @Body() dto: ReceiveJudicialSuggestionDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
