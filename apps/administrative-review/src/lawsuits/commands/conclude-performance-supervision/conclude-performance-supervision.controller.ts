import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LawsuitView } from '../../queries/get-lawsuit/lawsuit.view';
import { ConcludePerformanceSupervisionDto } from './conclude-performance-supervision.dto';
import { ConcludePerformanceSupervisionHandler } from './conclude-performance-supervision.handler';

@ApiTags('lawsuits')
@Controller('v1/lawsuits')
export class ConcludePerformanceSupervisionController {
  constructor(private readonly handler: ConcludePerformanceSupervisionHandler) {}

  @Post(':id/performance-supervision/conclusion')
  @HttpCode(200)
  @ApiOperation({ summary: "Conclude the supervision of a judgment's performance with its result; 409 unless a supervision is running" })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiOkResponse({ type: LawsuitView, description: 'The lawsuit with its concluded supervision' })
  @ApiErrors(400, 404, 409)
  async conclude(
    @UuidParam('id') id: string,
    @Body() dto: ConcludePerformanceSupervisionDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
