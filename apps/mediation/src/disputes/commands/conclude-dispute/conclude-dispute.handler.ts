import { Injectable } from '@nestjs/common';
import { concludeDispute } from '../../domain/dispute';
import { disputeConcluded } from '../../domain/dispute-events';
import { DisputeCommandRunner } from '../dispute-command.runner';
import { ConcludeDisputeDto } from './conclude-dispute.dto';

/** Records a mediation's outcome and publishes mediation.dispute.concluded. */
@Injectable()
export class ConcludeDisputeHandler {
  constructor(private readonly runner: DisputeCommandRunner) {}

  execute(id: string, dto: ConcludeDisputeDto, idempotencyKey?: string) {
    return this.runner.change(
      'POST /v1/disputes/:id/conclusion',
      id,
      idempotencyKey,
      dto,
      (d, now) =>
        concludeDispute(
          d,
          { result: dto.result, concludedAt: new Date(dto.concludedAt), agreement: dto.agreement, agreementAmountFen: dto.agreementAmountFen },
          now,
        ),
      disputeConcluded,
    );
  }
}
