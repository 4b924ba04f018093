import { CaseCommands, CommandRunner } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { AgendaMeeting } from '../domain/agenda-meeting';
import { AgendaMeetingRepository } from '../persistence/agenda-meeting.repository';
import { AgendaMeetingView, toAgendaMeetingView } from '../queries/get-agenda-meeting/agenda-meeting.view';

/** How agenda meetings are recorded (the platform's command runner): the Idempotency-Key, the row and the event in one statement. */
@Injectable()
export class AgendaMeetingCommandRunner extends CaseCommands<AgendaMeeting, AgendaMeetingView> {
  constructor(runner: CommandRunner, meetings: AgendaMeetingRepository) {
    super(runner, meetings, { view: (m) => toAgendaMeetingView(m, runner.timeZone) });
  }
}
