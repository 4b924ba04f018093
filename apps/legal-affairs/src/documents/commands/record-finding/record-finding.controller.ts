import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RecordFindingDto } from './record-finding.dto';
import { RecordFindingHandler } from './record-finding.handler';
import { DocumentView } from '../../queries/get-document/document.view';

@ApiTags('documents')
@Controller('v1/documents')
export class RecordFindingController {
  constructor(private readonly handler: RecordFindingHandler) {}

  @Post(':id/finding')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that a filed document was found unlawful or revoked (status found-unlawful or revoked); 409 unless filed' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiOkResponse({ type: DocumentView, description: 'The document with its finding' })
  @ApiErrors(400, 404, 409)
  async execute(
    @UuidParam('id') id: string,
    @Body() dto: RecordFindingDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
