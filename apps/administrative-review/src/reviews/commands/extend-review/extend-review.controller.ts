import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExtendReviewDto } from './extend-review.dto';
import { ExtendReviewHandler } from './extend-review.handler';
import { ReviewView } from '../../queries/get-review/review.view';

@ApiTags('reviews')
@Controller('v1/reviews')
export class ExtendReviewController {
  constructor(private readonly handler: ExtendReviewHandler) {}

  @Post(':id/extension')
  @HttpCode(200)
  @ApiOperation({ summary: 'Extend the deadline of an accepted review by 1–30 days, once (status extended); a second extension is a 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: ReviewView, description: 'The extended review' })
  @ApiErrors(400, 404, 409)
  async extend(
    @UuidParam('id') id: string,
    @Body() dto: ExtendReviewDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
