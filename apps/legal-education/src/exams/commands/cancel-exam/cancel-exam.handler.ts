import { Injectable } from '@nestjs/common';
import { cancelExam } from '../../domain/exam';
import { examCancelled } from '../../domain/exam-events';
import { ExamCommandRunner } from '../exam-command.runner';
import { CancelExamDto } from './cancel-exam.dto';

/** Cancels a session not yet held and publishes legaleducation.exam.cancelled. */
@Injectable()
export class CancelExamHandler {
  constructor(private readonly runner: ExamCommandRunner) {}

  execute(id: string, dto: CancelExamDto, idempotencyKey?: string) {
    return this.runner.change('POST /v1/exams/:id/cancel', id, idempotencyKey, dto, (x, now) => cancelExam(x, { cancelledAt: new Date(dto.cancelledAt) }, now), examCancelled);
  }
}
