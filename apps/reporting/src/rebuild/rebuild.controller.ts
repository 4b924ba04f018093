import { ApiErrors, ReplyLike, Roles } from '@casetrack/platform';
import { Controller, Get, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RebuildService } from './rebuild.service';
import { RebuildJobView, RebuildStateView } from './rebuild.view';

// Rebuilding holds the live figures still for the switch's moment and replaces their tables: the bureau's administrators only.
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
  @ApiAcceptedResponse({ type: RebuildJobView, description: "The rebuild's first state" })
  @ApiOkResponse({ type: RebuildJobView, description: 'The current rebuild, asked again with its Idempotency-Key' })
  @ApiErrors(409)
  start(@Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    const { status, job } = this.rebuilds.start(key);
    reply.status(status);
    return job;
  }

  @Get()
  @ApiOperation({
    summary: 'The current or last rebuild of this instance: status, events applied, lag per topic, per partition the rebuilt position against the end offset and since when it has not moved, stalled, the retired schema',
  })
  @ApiOkResponse({ type: RebuildStateView })
  status() {
    return { rebuild: this.rebuilds.current() };
  }

  @Post('abort')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Aborts the running rebuild: it drops its tables and its consumer group; the live projections stay as they are',
    description: '202 with status `aborting`; GET /v1/admin/rebuild shows `aborted` once its tables are gone. 409 when no rebuild runs or it is already switching.',
  })
  @ApiAcceptedResponse({ type: RebuildJobView, description: 'The rebuild, status aborting' })
  @ApiErrors(409)
  abort() {
    return this.rebuilds.abort();
  }
}
