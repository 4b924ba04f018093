import { respond, ReplyLike, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DecideReviewDto } from './decide-review.dto';
import { DecideReviewHandler } from './decide-review.handler';

@ApiTags('reviews')
@Controller('v1/reviews')
export class DecideReviewController {
  constructor(private readonly handler: DecideReviewHandler) {}

  @Post(':id/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the decision of an accepted or extended review (status concluded; late when after dueAt)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async decide(
    @UuidParam('id') id: string,
    @Body() dto: DecideReviewDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
