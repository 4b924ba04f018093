import { Module } from '@nestjs/common';
import { ContractCommandRunner } from './commands/contract-command.runner';
import { ReviewContractController } from './commands/review-contract/review-contract.controller';
import { ReviewContractHandler } from './commands/review-contract/review-contract.handler';
import { SubmitContractController } from './commands/submit-contract/submit-contract.controller';
import { SubmitContractHandler } from './commands/submit-contract/submit-contract.handler';
import { ContractRepository } from './persistence/contract.repository';
import { GetContractController } from './queries/get-contract/get-contract.controller';
import { ListContractsController } from './queries/list-contracts/list-contracts.controller';

/** Legality review of government contracts (政府合同合法性审查): submission and review. */
@Module({
  controllers: [SubmitContractController, ReviewContractController, GetContractController, ListContractsController],
  providers: [ContractRepository, ContractCommandRunner, SubmitContractHandler, ReviewContractHandler],
})
export class ContractsModule {}
