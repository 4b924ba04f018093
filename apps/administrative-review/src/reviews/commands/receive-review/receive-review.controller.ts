import { ApiErrors, ReplyLike, respond } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReceiveReviewDto } from './receive-review.dto';
import { ReceiveReviewHandler } from './receive-review.handler';
import { ReviewView } from '../../queries/get-review/review.view';

@ApiTags('reviews')
@Controller('v1/reviews')
export class ReceiveReviewController {
  constructor(private readonly handler: ReceiveReviewHandler) {}

  @Post()
  @ApiOperation({ summary: 'Register an application for administrative review (status received)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: ReviewView, description: 'The received application, personal data masked (a replay answers the first response)' })
  @ApiErrors(400)
  async receive(@Body() dto: ReceiveReviewDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
