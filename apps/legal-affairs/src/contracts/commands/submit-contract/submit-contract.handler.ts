import { Injectable } from '@nestjs/common';
import { submitContract } from '../../domain/contract';
import { contractSubmitted } from '../../domain/contract-events';
import { ContractCommandRunner } from '../contract-command.runner';
import { SubmitContractDto } from './submit-contract.dto';

/** Registers a submitted contract and publishes legalaffairs.contract.submitted (without its title). */
@Injectable()
export class SubmitContractHandler {
  constructor(private readonly runner: ContractCommandRunner) {}

  execute(dto: SubmitContractDto, idempotencyKey?: string) {
    return this.runner.create('POST /v1/contracts', idempotencyKey, dto, (now) => submitContract({ ...dto, id: this.runner.newId(), submittedAt: new Date(dto.submittedAt) }, now), contractSubmitted);
  }
}
