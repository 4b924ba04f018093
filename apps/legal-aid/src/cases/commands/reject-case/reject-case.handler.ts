import { Injectable } from '@nestjs/common';
import { caseRejected } from '../../domain/case-events';
import { rejectCase } from '../../domain/legal-aid-case';
import { CaseCommandRunner } from '../case-command.runner';
import { RejectCaseDto } from './reject-case.dto';

/** Refuses an application and publishes legalaid.case.rejected. */
@Injectable()
export class RejectCaseHandler {
  constructor(private readonly runner: CaseCommandRunner) {}

  execute(id: string, dto: RejectCaseDto, idempotencyKey?: string) {
    return this.runner.change(
      'POST /v1/cases/:id/rejection',
      id,
      idempotencyKey,
      dto,
      (c, now) => rejectCase(c, { rejectedAt: new Date(dto.rejectedAt), reason: dto.reason }, now),
      caseRejected,
    );
  }
}
