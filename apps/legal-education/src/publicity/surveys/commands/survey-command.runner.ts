import { CaseCommands, CommandRunner } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { Survey } from '../domain/survey';
import { SurveyRepository } from '../persistence/survey.repository';
import { SurveyView, toSurveyView } from '../queries/get-survey/survey.view';

/** How surveys are recorded (the platform's command runner): the Idempotency-Key, the row and the event in one statement. */
@Injectable()
export class SurveyCommandRunner extends CaseCommands<Survey, SurveyView> {
  constructor(runner: CommandRunner, rows: SurveyRepository) {
    super(runner, rows, { view: (x) => toSurveyView(x, runner.timeZone) });
  }
}
