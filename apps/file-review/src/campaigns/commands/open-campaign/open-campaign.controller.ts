import { ApiErrors, ReplyLike, respond } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OpenCampaignDto } from './open-campaign.dto';
import { OpenCampaignHandler } from './open-campaign.handler';
import { CampaignView } from '../../queries/get-campaign/campaign.view';

@ApiTags('campaigns')
@Controller('v1/campaigns')
export class OpenCampaignController {
  constructor(private readonly handler: OpenCampaignHandler) {}

  @Post()
  @ApiOperation({ summary: 'Open a yearly file review campaign with its panel (status open)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: CampaignView, description: 'The opened campaign (a replay answers the first response)' })
  @ApiErrors(400, 409)
  async open(@Body() dto: OpenCampaignDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
