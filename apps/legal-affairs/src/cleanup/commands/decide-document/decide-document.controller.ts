import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CleanupDecidedView } from '../../queries/get-campaign/cleanup-campaign.view';
import { DecideCleanupDocumentDto } from './decide-document.dto';
import { DecideCleanupDocumentHandler } from './decide-document.handler';

@ApiTags('cleanup-campaigns')
@Controller('v1/cleanup-campaigns')
export class DecideCleanupDocumentController {
  constructor(private readonly handler: DecideCleanupDocumentHandler) {}

  @Post(':id/decisions')
  @ApiOperation({ summary: 'Record what the campaign decided about one document in force (kept, amended, repealed); 409 unless open, 400 if before startedAt' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: CleanupDecidedView, description: 'The decision and the campaign after it (a replay answers the first response)' })
  @ApiErrors(400, 404, 409)
  async decide(
    @UuidParam('id') id: string,
    @Body() dto: DecideCleanupDocumentDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
