import { Injectable } from '@nestjs/common';
import { reviewContract } from '../../domain/contract';
import { contractReviewed } from '../../domain/contract-events';
import { ContractCommandRunner } from '../contract-command.runner';
import { ReviewContractDto } from './review-contract.dto';

/** Records the legality review of a contract and publishes legalaffairs.contract.reviewed. */
@Injectable()
export class ReviewContractHandler {
  constructor(private readonly runner: ContractCommandRunner) {}

  execute(id: string, dto: ReviewContractDto, idempotencyKey?: string) {
    return this.runner.change('POST /v1/contracts/:id/review', id, idempotencyKey, dto, (x, now) => reviewContract(x, { reviewedAt: new Date(dto.reviewedAt), opinion: dto.opinion }, now), contractReviewed);
  }
}
