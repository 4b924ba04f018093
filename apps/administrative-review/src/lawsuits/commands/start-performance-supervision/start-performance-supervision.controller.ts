import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LawsuitView } from '../../queries/get-lawsuit/lawsuit.view';
import { StartPerformanceSupervisionDto } from './start-performance-supervision.dto';
import { StartPerformanceSupervisionHandler } from './start-performance-supervision.handler';

@ApiTags('lawsuits')
@Controller('v1/lawsuits')
export class StartPerformanceSupervisionController {
  constructor(private readonly handler: StartPerformanceSupervisionHandler) {}

  @Post(':id/performance-supervision')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Start supervising the performance of the effective judgment of a closed lawsuit (督促履行); 409 while open, when withdrawn, or when already supervised',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiOkResponse({ type: LawsuitView, description: 'The lawsuit with its supervision, hearings and judicial suggestions' })
  @ApiErrors(400, 404, 409)
  async start(
    @UuidParam('id') id: string,
    @Body() dto: StartPerformanceSupervisionDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
