import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { WorkView } from '../../queries/get-work/work.view';
import { AwardWorkDto } from './award-work.dto';
import { AwardWorkHandler } from './award-work.handler';

@ApiTags('works')
@Controller('v1/works')
export class AwardWorkController {
  constructor(private readonly handler: AwardWorkHandler) {}

  @Post(':id/award')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the award a work won (status awarded); 409 unless released' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiOkResponse({ type: WorkView, description: 'The awarded work' })
  @ApiErrors(400, 404, 409)
  async execute(@UuidParam('id') id: string, @Body() dto: AwardWorkDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
