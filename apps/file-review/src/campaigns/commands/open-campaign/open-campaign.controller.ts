import { respond, ReplyLike } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OpenCampaignDto } from './open-campaign.dto';
import { OpenCampaignHandler } from './open-campaign.handler';

@ApiTags('campaigns')
@Controller('v1/campaigns')
export class OpenCampaignController {
  constructor(private readonly handler: OpenCampaignHandler) {}

  @Post()
  @ApiOperation({ summary: 'Open a yearly file review campaign with its panel (status open)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  async open(@Body() dto: OpenCampaignDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
