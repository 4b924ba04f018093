import { Injectable } from '@nestjs/common';
import { caseAccepted } from '../../domain/case-events';
import { acceptCase } from '../../domain/legal-aid-case';
import { CaseCommandRunner } from '../case-command.runner';
import { AcceptCaseDto } from './accept-case.dto';

/** Accepts an application and publishes legalaid.case.accepted. */
@Injectable()
export class AcceptCaseHandler {
  constructor(private readonly runner: CaseCommandRunner) {}

  execute(id: string, dto: AcceptCaseDto, idempotencyKey?: string) {
    return this.runner.change(
      'POST /v1/cases/:id/acceptance',
      id,
      idempotencyKey,
      dto,
      (c, now) => acceptCase(c, { acceptedAt: new Date(dto.acceptedAt) }, now),
      caseAccepted,
    );
  }
}
