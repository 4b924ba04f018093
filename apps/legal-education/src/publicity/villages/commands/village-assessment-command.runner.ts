import { CaseCommands, CommandRunner } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { VillageAssessment } from '../domain/village-assessment';
import { VillageAssessmentRepository } from '../persistence/village-assessment.repository';
import { VillageAssessmentView, toVillageAssessmentView } from '../queries/get-village-assessment/village-assessment.view';

/** How village assessments are recorded (the platform's command runner): the Idempotency-Key, the row and the event in one statement. */
@Injectable()
export class VillageAssessmentCommandRunner extends CaseCommands<VillageAssessment, VillageAssessmentView> {
  constructor(runner: CommandRunner, rows: VillageAssessmentRepository) {
    super(runner, rows, { view: (x) => toVillageAssessmentView(x, runner.timeZone) });
  }
}
