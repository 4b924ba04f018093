import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DecideReviewDto } from './decide-review.dto';
import { DecideReviewHandler } from './decide-review.handler';
import { ReviewView } from '../../queries/get-review/review.view';

@ApiTags('reviews')
@Controller('v1/reviews')
export class DecideReviewController {
  constructor(private readonly handler: DecideReviewHandler) {}

  @Post(':id/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the decision of an accepted or extended review (status concluded; late when after dueAt)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: ReviewView, description: 'The concluded review' })
  @ApiErrors(400, 404, 409)
  async decide(
    @UuidParam('id') id: string,
    @Body() dto: DecideReviewDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
