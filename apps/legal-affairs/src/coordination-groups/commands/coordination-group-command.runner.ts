import { CaseCommands, CommandRunner } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { CoordinationGroup } from '../domain/coordination-group';
import { CoordinationGroupRepository } from '../persistence/coordination-group.repository';
import { CoordinationGroupView, toCoordinationGroupView } from '../queries/get-group/coordination-group.view';

/** How coordination groups change (the platform's command runner): the Idempotency-Key, the row and the event in one statement. */
@Injectable()
export class CoordinationGroupCommandRunner extends CaseCommands<CoordinationGroup, CoordinationGroupView> {
  constructor(runner: CommandRunner, groups: CoordinationGroupRepository) {
    super(runner, groups, { view: (g) => toCoordinationGroupView(g, runner.timeZone) });
  }
}
