import { CaseCommands, CommandRunner } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { LegalAidCase } from '../domain/legal-aid-case';
import { CaseRepository } from '../persistence/case.repository';
import { CaseView, toCaseView } from '../queries/get-case/case.view';

/**
 * The one way legal aid cases change (the platform's command runner): the Idempotency-Key, the
 * case's row, a correction's reason and the event in one statement. The stored (replayable)
 * response is the masked view, so the idempotency table holds no personal data either.
 */
@Injectable()
export class CaseCommandRunner extends CaseCommands<LegalAidCase, CaseView> {
  constructor(runner: CommandRunner, cases: CaseRepository) {
    super(runner, cases, { view: (c) => toCaseView(c, runner.timeZone) });
  }
}
