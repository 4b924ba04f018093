import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CampaignView } from '../../queries/get-campaign/campaign.view';
import { FileView } from '../../queries/get-file/file.view';
import { DrawSampleDto } from './draw-sample.dto';
import { DrawSampleHandler } from './draw-sample.handler';

/** The answer of a draw: the sampled campaign and its drawn files (the OpenAPI schema). */
export class DrawView extends CampaignView {
  @ApiProperty({ type: [FileView], description: 'The drawn files in draw order' }) files: FileView[];
}

@ApiTags('campaigns')
@Controller('v1/campaigns')
export class DrawSampleController {
  constructor(private readonly handler: DrawSampleHandler) {}

  @Post(':id/draw')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Draw the random sample (status sampled): the files with the smallest sha256(seed + NUL + fileNumber); 409 for a second draw',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the stored draw' })
  @ApiOkResponse({ type: DrawView, description: 'The sampled campaign with its drawn files in draw order' })
  @ApiErrors(400, 404, 409)
  async draw(
    @UuidParam('id') id: string,
    @Body() dto: DrawSampleDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
