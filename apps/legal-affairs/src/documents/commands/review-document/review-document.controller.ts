import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReviewDocumentDto } from './review-document.dto';
import { ReviewDocumentHandler } from './review-document.handler';
import { DocumentView } from '../../queries/get-document/document.view';

@ApiTags('documents')
@Controller('v1/documents')
export class ReviewDocumentController {
  constructor(private readonly handler: ReviewDocumentHandler) {}

  @Post(':id/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the review: opinion and whether it is a normative document (status reviewed); 409 unless submitted' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiOkResponse({ type: DocumentView, description: 'The reviewed document' })
  @ApiErrors(400, 404, 409)
  async execute(
    @UuidParam('id') id: string,
    @Body() dto: ReviewDocumentDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
