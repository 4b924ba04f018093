import { CaseCommands, CommandRunner } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { GovernmentContract } from '../domain/contract';
import { ContractRepository } from '../persistence/contract.repository';
import { ContractView, toContractView } from '../queries/get-contract/contract.view';

/** The one way contracts under review change (the platform's command runner): the Idempotency-Key, the row and the event in one statement. */
@Injectable()
export class ContractCommandRunner extends CaseCommands<GovernmentContract, ContractView> {
  constructor(runner: CommandRunner, contracts: ContractRepository) {
    super(runner, contracts, { view: (c) => toContractView(c, runner.timeZone) });
  }
}
