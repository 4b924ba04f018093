import { CaseCommands, CommandRunner } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { Exam } from '../domain/exam';
import { ExamRepository } from '../persistence/exam.repository';
import { ExamView, toExamView } from '../queries/get-exam/exam.view';

/** The one way exam sessions change (the platform's command runner): the Idempotency-Key, the row and the event in one statement. */
@Injectable()
export class ExamCommandRunner extends CaseCommands<Exam, ExamView> {
  constructor(runner: CommandRunner, exams: ExamRepository) {
    super(runner, exams, { view: (e) => toExamView(e, runner.timeZone) });
  }
}
