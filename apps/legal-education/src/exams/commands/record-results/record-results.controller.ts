import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExamView } from '../../queries/get-exam/exam.view';
import { RecordResultsDto } from './record-results.dto';
import { RecordResultsHandler } from './record-results.handler';

@ApiTags('exams')
@Controller('v1/exams')
export class RecordResultsController {
  constructor(private readonly handler: RecordResultsHandler) {}

  @Post(':id/results')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record who sat and who passed (status held); 409 unless scheduled' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiOkResponse({ type: ExamView, description: 'The session after its results' })
  @ApiErrors(400, 404, 409)
  async execute(@UuidParam('id') id: string, @Body() dto: RecordResultsDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
