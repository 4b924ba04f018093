import { Injectable } from '@nestjs/common';
import { withdrawDispute } from '../../domain/dispute';
import { disputeWithdrawn } from '../../domain/dispute-events';
import { DisputeCommandRunner } from '../dispute-command.runner';
import { WithdrawDisputeDto } from './withdraw-dispute.dto';

/** Records a withdrawal and publishes mediation.dispute.withdrawn. */
@Injectable()
export class WithdrawDisputeHandler {
  constructor(private readonly runner: DisputeCommandRunner) {}

  execute(id: string, dto: WithdrawDisputeDto, idempotencyKey?: string) {
    return this.runner.change(
      'POST /v1/disputes/:id/withdrawal',
      id,
      idempotencyKey,
      dto,
      (d, now) => withdrawDispute(d, { withdrawnAt: new Date(dto.withdrawnAt), reason: dto.reason }, now),
      disputeWithdrawn,
    );
  }
}
