import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RejectReviewDto } from './reject-review.dto';
import { RejectReviewHandler } from './reject-review.handler';
import { ReviewView } from '../../queries/get-review/review.view';

@ApiTags('reviews')
@Controller('v1/reviews')
export class RejectReviewController {
  constructor(private readonly handler: RejectReviewHandler) {}

  @Post(':id/rejection')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline a received application (status rejected); 409 from any other status' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: ReviewView, description: 'The rejected review' })
  @ApiErrors(400, 404, 409)
  async reject(
    @UuidParam('id') id: string,
    @Body() dto: RejectReviewDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
