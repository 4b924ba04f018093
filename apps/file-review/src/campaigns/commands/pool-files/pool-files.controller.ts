import { respond, ReplyLike, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PoolFilesDto } from './pool-files.dto';
import { PoolFilesHandler } from './pool-files.handler';

@ApiTags('campaigns')
@Controller('v1/campaigns')
export class PoolFilesController {
  constructor(private readonly handler: PoolFilesHandler) {}

  @Post(':id/files')
  @ApiOperation({ summary: 'Pool penalty files into an open campaign (all or none; duplicates are listed); 409 once drawn' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async pool(
    @UuidParam('id') id: string,
    @Body() dto: PoolFilesDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
