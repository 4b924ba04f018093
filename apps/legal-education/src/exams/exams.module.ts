import { Module } from '@nestjs/common';
import { CancelExamController } from './commands/cancel-exam/cancel-exam.controller';
import { CancelExamHandler } from './commands/cancel-exam/cancel-exam.handler';
import { ExamCommandRunner } from './commands/exam-command.runner';
import { RecordResultsController } from './commands/record-results/record-results.controller';
import { RecordResultsHandler } from './commands/record-results/record-results.handler';
import { ScheduleExamController } from './commands/schedule-exam/schedule-exam.controller';
import { ScheduleExamHandler } from './commands/schedule-exam/schedule-exam.handler';
import { ExamRepository } from './persistence/exam.repository';
import { GetExamController } from './queries/get-exam/get-exam.controller';
import { ListExamsController } from './queries/list-exams/list-exams.controller';

/** Exam sessions (考试): enforcement officers' training and exam, leading cadres' rule-of-law exams. */
@Module({
  controllers: [ScheduleExamController, RecordResultsController, CancelExamController, GetExamController, ListExamsController],
  providers: [ExamRepository, ExamCommandRunner, ScheduleExamHandler, RecordResultsHandler, CancelExamHandler],
})
export class ExamsModule {}
