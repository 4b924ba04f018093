import { Injectable } from '@nestjs/common';
import { caseCorrected } from '../../domain/case-events';
import { correctBenefit } from '../../domain/legal-aid-case';
import { CaseCorrectionRepository } from '../../persistence/case-correction.repository';
import { CaseCommandRunner } from '../case-command.runner';
import { CorrectCaseDto } from './correct-case.dto';

/**
 * Corrects a closed case's benefit, records the reason beside it, and publishes
 * legalaid.case.corrected with the old and new benefit in fen (never the reason).
 */
@Injectable()
export class CorrectCaseHandler {
  constructor(
    private readonly runner: CaseCommandRunner,
    private readonly corrections: CaseCorrectionRepository,
  ) {}

  execute(id: string, dto: CorrectCaseDto, idempotencyKey?: string) {
    return this.runner.change(
      'POST /v1/cases/:id/correction',
      id,
      idempotencyKey,
      dto,
      (c, now) => correctBenefit(c, { benefitFen: dto.benefitFen }, now),
      caseCorrected,
      (event, before, after) => this.corrections.row({ before, after, eventId: event.eventId, reason: dto.reason, actorId: event.actorId }),
    );
  }
}
