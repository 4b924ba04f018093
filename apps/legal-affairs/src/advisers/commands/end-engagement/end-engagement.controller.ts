import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EndEngagementDto } from './end-engagement.dto';
import { EndEngagementHandler } from './end-engagement.handler';
import { EngagementView } from '../../queries/get-engagement/engagement.view';

@ApiTags('engagements')
@Controller('v1/engagements')
export class EndEngagementController {
  constructor(private readonly handler: EndEngagementHandler) {}

  @Post(':id/end')
  @HttpCode(200)
  @ApiOperation({ summary: 'End an engagement (解聘 or the end of its term; status ended); 409 unless engaged' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiOkResponse({ type: EngagementView, description: 'The ended engagement' })
  @ApiErrors(400, 404, 409)
  async execute(
    @UuidParam('id') id: string,
    @Body() dto: EndEngagementDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
