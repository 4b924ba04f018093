import { Injectable } from '@nestjs/common';
import { recordResults } from '../../domain/exam';
import { examHeld } from '../../domain/exam-events';
import { ExamCommandRunner } from '../exam-command.runner';
import { RecordResultsDto } from './record-results.dto';

/** Records a session's results and publishes legaleducation.exam.held. */
@Injectable()
export class RecordResultsHandler {
  constructor(private readonly runner: ExamCommandRunner) {}

  execute(id: string, dto: RecordResultsDto, idempotencyKey?: string) {
    return this.runner.change('POST /v1/exams/:id/results', id, idempotencyKey, dto, (x, now) => recordResults(x, { heldAt: new Date(dto.heldAt), sat: dto.sat, passed: dto.passed }, now), examHeld);
  }
}
