import { Injectable } from '@nestjs/common';
import { recordVillageAssessment } from '../../domain/village-assessment';
import { villageAssessmentRecorded } from '../../domain/village-assessment-events';
import { VillageAssessmentCommandRunner } from '../village-assessment-command.runner';
import { RecordVillageAssessmentDto } from './record-village-assessment.dto';

/** Records a village assessment and publishes legaleducation.village.assessed. */
@Injectable()
export class RecordVillageAssessmentHandler {
  constructor(private readonly runner: VillageAssessmentCommandRunner) {}

  execute(dto: RecordVillageAssessmentDto, idempotencyKey?: string) {
    return this.runner.create('POST /v1/village-assessments', idempotencyKey, dto, (now) => recordVillageAssessment({ ...dto, id: this.runner.newId(), assessedAt: new Date(dto.assessedAt) }, now), villageAssessmentRecorded);
  }
}
