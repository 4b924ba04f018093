import { ApiErrors, ReplyLike, respond } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CleanupCampaignView } from '../../queries/get-campaign/cleanup-campaign.view';
import { OpenCleanupCampaignDto } from './open-campaign.dto';
import { OpenCleanupCampaignHandler } from './open-campaign.handler';

@ApiTags('cleanup-campaigns')
@Controller('v1/cleanup-campaigns')
export class OpenCleanupCampaignController {
  constructor(private readonly handler: OpenCleanupCampaignHandler) {}

  @Post()
  @ApiOperation({ summary: 'Open a clean-up campaign (清理) over the normative documents in force (status open)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: CleanupCampaignView, description: 'The new campaign (a replay answers the first response)' })
  @ApiErrors(400)
  async execute(@Body() dto: OpenCleanupCampaignDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
