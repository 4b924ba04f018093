import { CaseCommands, CommandRunner } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { Contest } from '../domain/contest';
import { ContestRepository } from '../persistence/contest.repository';
import { ContestView, toContestView } from '../queries/get-contest/contest.view';

/** The one way contests change (the platform's command runner): the Idempotency-Key, the row and the event in one statement. */
@Injectable()
export class ContestCommandRunner extends CaseCommands<Contest, ContestView> {
  constructor(runner: CommandRunner, contests: ContestRepository) {
    super(runner, contests, { view: (c) => toContestView(c, runner.timeZone) });
  }
}
