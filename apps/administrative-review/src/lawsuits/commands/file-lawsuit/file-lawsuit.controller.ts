import { ApiErrors, ReplyLike, respond } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FileLawsuitDto } from './file-lawsuit.dto';
import { FileLawsuitHandler } from './file-lawsuit.handler';
import { LawsuitView } from '../../queries/get-lawsuit/lawsuit.view';

@ApiTags('lawsuits')
@Controller('v1/lawsuits')
export class FileLawsuitController {
  constructor(private readonly handler: FileLawsuitHandler) {}

  @Post()
  @ApiOperation({ summary: 'Register a lawsuit in which a district agency is the defendant (status open)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: LawsuitView, description: 'The filed lawsuit (a replay answers the first response)' })
  @ApiErrors(400)
  async file(@Body() dto: FileLawsuitDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
