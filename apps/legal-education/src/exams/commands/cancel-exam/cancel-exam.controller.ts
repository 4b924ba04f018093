import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExamView } from '../../queries/get-exam/exam.view';
import { CancelExamDto } from './cancel-exam.dto';
import { CancelExamHandler } from './cancel-exam.handler';

@ApiTags('exams')
@Controller('v1/exams')
export class CancelExamController {
  constructor(private readonly handler: CancelExamHandler) {}

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a session not yet held (status cancelled); 409 unless scheduled' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiOkResponse({ type: ExamView, description: 'The cancelled session' })
  @ApiErrors(400, 404, 409)
  async execute(@UuidParam('id') id: string, @Body() dto: CancelExamDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
