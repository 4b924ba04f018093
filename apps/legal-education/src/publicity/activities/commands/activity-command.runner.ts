import { CaseCommands, CommandRunner } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { Activity } from '../domain/activity';
import { ActivityRepository } from '../persistence/activity.repository';
import { ActivityView, toActivityView } from '../queries/get-activity/activity.view';

/** How activities are recorded (the platform's command runner): the Idempotency-Key, the row and the event in one statement. */
@Injectable()
export class ActivityCommandRunner extends CaseCommands<Activity, ActivityView> {
  constructor(runner: CommandRunner, rows: ActivityRepository) {
    super(runner, rows, { view: (x) => toActivityView(x, runner.timeZone) });
  }
}
