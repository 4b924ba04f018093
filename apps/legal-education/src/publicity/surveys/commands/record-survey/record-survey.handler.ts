import { Injectable } from '@nestjs/common';
import { recordSurvey } from '../../domain/survey';
import { surveyRecorded } from '../../domain/survey-events';
import { SurveyCommandRunner } from '../survey-command.runner';
import { RecordSurveyDto } from './record-survey.dto';

/** Records a survey and publishes legaleducation.survey.recorded. */
@Injectable()
export class RecordSurveyHandler {
  constructor(private readonly runner: SurveyCommandRunner) {}

  execute(dto: RecordSurveyDto, idempotencyKey?: string) {
    return this.runner.create('POST /v1/surveys', idempotencyKey, dto, (now) => recordSurvey({ ...dto, id: this.runner.newId(), conductedAt: new Date(dto.conductedAt) }, now), surveyRecorded);
  }
}
