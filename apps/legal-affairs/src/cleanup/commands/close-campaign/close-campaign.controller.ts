import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CleanupCampaignView } from '../../queries/get-campaign/cleanup-campaign.view';
import { CloseCleanupCampaignDto } from './close-campaign.dto';
import { CloseCleanupCampaignHandler } from './close-campaign.handler';

@ApiTags('cleanup-campaigns')
@Controller('v1/cleanup-campaigns')
export class CloseCleanupCampaignController {
  constructor(private readonly handler: CloseCleanupCampaignHandler) {}

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a clean-up campaign (status closed); 409 unless open' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiOkResponse({ type: CleanupCampaignView, description: 'The closed campaign' })
  @ApiErrors(400, 404, 409)
  async execute(
    @UuidParam('id') id: string,
    @Body() dto: CloseCleanupCampaignDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
