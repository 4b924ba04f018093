import { ApiErrors, ReplyLike, respond } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { WorkView } from '../../queries/get-work/work.view';
import { ReleaseWorkDto } from './release-work.dto';
import { ReleaseWorkHandler } from './release-work.handler';

@ApiTags('works')
@Controller('v1/works')
export class ReleaseWorkController {
  constructor(private readonly handler: ReleaseWorkHandler) {}

  @Post()
  @ApiOperation({ summary: 'Record a publicity work made and released (status released)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: WorkView, description: 'The new work (a replay answers the first response)' })
  @ApiErrors(400)
  async execute(@Body() dto: ReleaseWorkDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
