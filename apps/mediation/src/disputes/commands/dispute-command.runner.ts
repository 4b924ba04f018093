import { assertMayActFor, CaseCommands, CommandRunner } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { Dispute } from '../domain/dispute';
import { DisputeRepository } from '../persistence/dispute.repository';
import { DisputeView, toDisputeView } from '../queries/get-dispute/dispute.view';

/**
 * The one way disputes change (the platform's command runner): the Idempotency-Key, the dispute's
 * row, a correction's reason and the event in one statement. A changed dispute's committee is
 * checked against the user's before the key is looked at, so a stored answer is replayed only to
 * a user who may act on that dispute.
 */
@Injectable()
export class DisputeCommandRunner extends CaseCommands<Dispute, DisputeView> {
  constructor(runner: CommandRunner, disputes: DisputeRepository) {
    super(runner, disputes, { view: (d) => toDisputeView(d, runner.timeZone), mayAct: (d) => assertMayActFor(d.committeeCode) });
  }
}
