import { ReplyLike, Roles } from '@casetrack/platform';
import { Controller, Get, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RebuildService } from './rebuild.service';

// Rebuilding stops the live figures for a moment and replaces their tables: the bureau's administrators only.
@Roles('admin')
@ApiTags('admin')
@Controller('v1/admin/rebuild')
export class RebuildController {
  constructor(private readonly rebuilds: RebuildService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Rebuild every projection from offset 0 into fresh tables and switch over atomically; the service keeps answering meanwhile',
    description: '202 with the rebuild\'s first state; follow it with GET /v1/admin/rebuild. 409 while another rebuild runs.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Asking again with the key of the current rebuild answers it instead of a 409' })
  start(@Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    const { status, job } = this.rebuilds.start(key);
    reply.status(status);
    return job;
  }

  @Get()
  @ApiOperation({ summary: 'The current or last rebuild of this instance: status, events applied, lag per topic, the retired schema' })
  status() {
    return { rebuild: this.rebuilds.current() };
  }
}
