import { Injectable } from '@nestjs/common';
import { scheduleExam } from '../../domain/exam';
import { examScheduled } from '../../domain/exam-events';
import { ExamCommandRunner } from '../exam-command.runner';
import { ScheduleExamDto } from './schedule-exam.dto';

/** Schedules an exam session and publishes legaleducation.exam.scheduled (without its title). */
@Injectable()
export class ScheduleExamHandler {
  constructor(private readonly runner: ExamCommandRunner) {}

  execute(dto: ScheduleExamDto, idempotencyKey?: string) {
    return this.runner.create(
      'POST /v1/exams',
      idempotencyKey,
      dto,
      (now) => scheduleExam({ ...dto, id: this.runner.newId(), scheduledAt: new Date(dto.scheduledAt), cityUniversityCandidates: dto.cityUniversityCandidates ?? 0 }, now),
      examScheduled,
    );
  }
}
