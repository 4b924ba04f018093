import { CaseCommands, CommandRunner } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { Work } from '../domain/work';
import { WorkRepository } from '../persistence/work.repository';
import { WorkView, toWorkView } from '../queries/get-work/work.view';

/** The one way works change (the platform's command runner): the Idempotency-Key, the row and the event in one statement. */
@Injectable()
export class WorkCommandRunner extends CaseCommands<Work, WorkView> {
  constructor(runner: CommandRunner, works: WorkRepository) {
    super(runner, works, { view: (c) => toWorkView(c, runner.timeZone) });
  }
}
