import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReviewFileDto } from './review-file.dto';
import { ReviewFileHandler } from './review-file.handler';
import { FileView } from '../../queries/get-file/file.view';

@ApiTags('files')
@Controller('v1/files')
export class ReviewFileController {
  constructor(private readonly handler: ReviewFileHandler) {}

  @Post(':id/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Score a drawn file and record its problems (status reviewed); 409 for an undrawn or reviewed file or after the notice' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: FileView, description: 'The reviewed file' })
  @ApiErrors(400, 404, 409)
  async review(
    @UuidParam('id') id: string,
    @Body() dto: ReviewFileDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
