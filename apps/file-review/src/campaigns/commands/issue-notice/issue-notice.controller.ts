import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IssueNoticeDto } from './issue-notice.dto';
import { IssueNoticeHandler } from './issue-notice.handler';
import { CampaignView } from '../../queries/get-campaign/campaign.view';

@ApiTags('campaigns')
@Controller('v1/campaigns')
export class IssueNoticeController {
  constructor(private readonly handler: IssueNoticeHandler) {}

  @Post(':id/notice')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish the problem list to the agencies (status noticed; no review afterwards); 409 unless sampled' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: CampaignView, description: 'The noticed campaign' })
  @ApiErrors(400, 404, 409)
  async notice(
    @UuidParam('id') id: string,
    @Body() dto: IssueNoticeDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
