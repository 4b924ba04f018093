import { ApiErrors, ReplyLike, respond } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExamView } from '../../queries/get-exam/exam.view';
import { ScheduleExamDto } from './schedule-exam.dto';
import { ScheduleExamHandler } from './schedule-exam.handler';

@ApiTags('exams')
@Controller('v1/exams')
export class ScheduleExamController {
  constructor(private readonly handler: ScheduleExamHandler) {}

  @Post()
  @ApiOperation({ summary: 'Schedule an exam session: enforcement officers\' training and exam, or leading cadres\' rule-of-law exam (status scheduled)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: ExamView, description: 'The new session (a replay answers the first response)' })
  @ApiErrors(400)
  async execute(@Body() dto: ScheduleExamDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
