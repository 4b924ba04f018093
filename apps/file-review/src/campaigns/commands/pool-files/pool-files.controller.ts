import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { FileView } from '../../queries/get-file/file.view';
import { PoolFilesDto } from './pool-files.dto';
import { PoolFilesHandler } from './pool-files.handler';

/** The answer of pooling files (the OpenAPI schema). */
export class PooledFilesView {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ type: 'integer', description: 'Files in the pool now' }) poolSize: number;
  @ApiProperty({ type: [FileView], description: 'The files this request added' }) files: FileView[];
}

@ApiTags('campaigns')
@Controller('v1/campaigns')
export class PoolFilesController {
  constructor(private readonly handler: PoolFilesHandler) {}

  @Post(':id/files')
  @ApiOperation({ summary: 'Pool penalty files into an open campaign (all or none; duplicates are listed); 409 once drawn' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: PooledFilesView, description: 'The files added and the pool size now' })
  @ApiErrors(400, 404, 409)
  async pool(
    @UuidParam('id') id: string,
    @Body() dto: PoolFilesDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
