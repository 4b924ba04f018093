import { CaseCommands, CommandRunner } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { CommitteeMeeting } from '../domain/committee-meeting';
import { CommitteeMeetingRepository } from '../persistence/committee-meeting.repository';
import { CommitteeMeetingView, toCommitteeMeetingView } from '../queries/get-committee-meeting/committee-meeting.view';

/** How the committee's meetings are recorded (the platform's command runner): the Idempotency-Key, the row and the event in one statement. */
@Injectable()
export class CommitteeMeetingCommandRunner extends CaseCommands<CommitteeMeeting, CommitteeMeetingView> {
  constructor(runner: CommandRunner, meetings: CommitteeMeetingRepository) {
    super(runner, meetings, { view: (m) => toCommitteeMeetingView(m, runner.timeZone) });
  }
}
