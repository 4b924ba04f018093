import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FileDocumentDto } from './file-document.dto';
import { FileDocumentHandler } from './file-document.handler';
import { DocumentView } from '../../queries/get-document/document.view';

@ApiTags('documents')
@Controller('v1/documents')
export class FileDocumentController {
  constructor(private readonly handler: FileDocumentHandler) {}

  @Post(':id/filing')
  @HttpCode(200)
  @ApiOperation({ summary: 'File (备案) a reviewed normative document (status filed); 409 unless reviewed, normative and not rejected' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiOkResponse({ type: DocumentView, description: 'The filed document' })
  @ApiErrors(400, 404, 409)
  async execute(
    @UuidParam('id') id: string,
    @Body() dto: FileDocumentDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
