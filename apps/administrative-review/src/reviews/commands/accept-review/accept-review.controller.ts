import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AcceptReviewDto } from './accept-review.dto';
import { AcceptReviewHandler } from './accept-review.handler';
import { ReviewView } from '../../queries/get-review/review.view';

@ApiTags('reviews')
@Controller('v1/reviews')
export class AcceptReviewController {
  constructor(private readonly handler: AcceptReviewHandler) {}

  @Post(':id/acceptance')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept a received application (status accepted; dueAt = end of the 60th day after the acceptance date); 409 from any other status' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: ReviewView, description: 'The accepted review' })
  @ApiErrors(400, 404, 409)
  async accept(
    @UuidParam('id') id: string,
    @Body() dto: AcceptReviewDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
