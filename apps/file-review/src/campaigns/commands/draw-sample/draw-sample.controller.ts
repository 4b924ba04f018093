import { respond, ReplyLike, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DrawSampleDto } from './draw-sample.dto';
import { DrawSampleHandler } from './draw-sample.handler';

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
  async draw(
    @UuidParam('id') id: string,
    @Body() dto: DrawSampleDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
