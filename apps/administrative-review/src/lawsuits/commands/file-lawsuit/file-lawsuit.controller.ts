import { respond, ReplyLike } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FileLawsuitDto } from './file-lawsuit.dto';
import { FileLawsuitHandler } from './file-lawsuit.handler';

@ApiTags('lawsuits')
@Controller('v1/lawsuits')
export class FileLawsuitController {
  constructor(private readonly handler: FileLawsuitHandler) {}

  @Post()
  @ApiOperation({ summary: 'Register a lawsuit in which a district agency is the defendant (status open)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  async file(@Body() dto: FileLawsuitDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
