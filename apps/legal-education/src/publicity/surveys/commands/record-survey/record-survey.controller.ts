import { ApiErrors, ReplyLike, respond } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SurveyView } from '../../queries/get-survey/survey.view';
import { RecordSurveyDto } from './record-survey.dto';
import { RecordSurveyHandler } from './record-survey.handler';

@ApiTags('surveys')
@Controller('v1/surveys')
export class RecordSurveyController {
  constructor(private readonly handler: RecordSurveyHandler) {}

  @Post()
  @ApiOperation({ summary: 'Record a survey of residents on the publicity: respondents, aware, participated, satisfied' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: SurveyView, description: 'The new record (a replay answers the first response)' })
  @ApiErrors(400)
  async execute(@Body() dto: RecordSurveyDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
