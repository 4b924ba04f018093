import { Injectable } from '@nestjs/common';
import { correctDispute } from '../../domain/dispute';
import { disputeCorrected } from '../../domain/dispute-events';
import { DisputeCorrectionRepository } from '../../persistence/dispute-correction.repository';
import { DisputeCommandRunner } from '../dispute-command.runner';
import { CorrectDisputeDto } from './correct-dispute.dto';

/**
 * Corrects a concluded dispute's result, records the reason beside it, and publishes
 * mediation.dispute.corrected with the old and new results (never the reason).
 */
@Injectable()
export class CorrectDisputeHandler {
  constructor(
    private readonly runner: DisputeCommandRunner,
    private readonly corrections: DisputeCorrectionRepository,
  ) {}

  execute(id: string, dto: CorrectDisputeDto, idempotencyKey?: string) {
    return this.runner.change(
      'POST /v1/disputes/:id/correction',
      id,
      idempotencyKey,
      dto,
      (d, now) => correctDispute(d, { result: dto.result }, now),
      disputeCorrected,
      (event, before, after) => this.corrections.row({ before, after, eventId: event.eventId, reason: dto.reason, actorId: event.actorId }),
    );
  }
}
