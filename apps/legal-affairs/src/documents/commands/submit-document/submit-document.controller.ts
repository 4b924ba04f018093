import { ApiErrors, ReplyLike, respond } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SubmitDocumentDto } from './submit-document.dto';
import { SubmitDocumentHandler } from './submit-document.handler';
import { DocumentView } from '../../queries/get-document/document.view';

@ApiTags('documents')
@Controller('v1/documents')
export class SubmitDocumentController {
  constructor(private readonly handler: SubmitDocumentHandler) {}

  @Post()
  @ApiOperation({ summary: 'Register a document a district unit submitted for legality review (status submitted)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: DocumentView, description: 'The new record (a replay answers the first response)' })
  @ApiErrors(400)
  async execute(@Body() dto: SubmitDocumentDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
