import { Injectable } from '@nestjs/common';
import { caseClosed } from '../../domain/case-events';
import { closeCase } from '../../domain/legal-aid-case';
import { CaseCommandRunner } from '../case-command.runner';
import { CloseCaseDto } from './close-case.dto';

/** Closes an assigned case and publishes legalaid.case.closed with its benefit in fen. */
@Injectable()
export class CloseCaseHandler {
  constructor(private readonly runner: CaseCommandRunner) {}

  execute(id: string, dto: CloseCaseDto, idempotencyKey?: string) {
    return this.runner.change(
      'POST /v1/cases/:id/closure',
      id,
      idempotencyKey,
      dto,
      (c, now) => closeCase(c, { closedAt: new Date(dto.closedAt), result: dto.result, benefitFen: dto.benefitFen }, now),
      caseClosed,
    );
  }
}
