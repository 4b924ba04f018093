import { ApiErrors, ReplyLike, respond } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { VillageAssessmentView } from '../../queries/get-village-assessment/village-assessment.view';
import { RecordVillageAssessmentDto } from './record-village-assessment.dto';
import { RecordVillageAssessmentHandler } from './record-village-assessment.handler';

@ApiTags('village-assessments')
@Controller('v1/village-assessments')
export class RecordVillageAssessmentController {
  constructor(private readonly handler: RecordVillageAssessmentHandler) {}

  @Post()
  @ApiOperation({ summary: 'Record the assessment of a village or community under the "三治结合" drive (达标村(社区))' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: VillageAssessmentView, description: 'The new record (a replay answers the first response)' })
  @ApiErrors(400)
  async execute(@Body() dto: RecordVillageAssessmentDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
