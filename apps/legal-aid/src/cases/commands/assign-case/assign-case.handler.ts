import { Injectable } from '@nestjs/common';
import { caseAssigned } from '../../domain/case-events';
import { assignCase } from '../../domain/legal-aid-case';
import { CaseCommandRunner } from '../case-command.runner';
import { AssignCaseDto } from './assign-case.dto';

/** Gives an accepted case to a law firm and publishes legalaid.case.assigned (no firm, no lawyer in it). */
@Injectable()
export class AssignCaseHandler {
  constructor(private readonly runner: CaseCommandRunner) {}

  execute(id: string, dto: AssignCaseDto, idempotencyKey?: string) {
    return this.runner.change(
      'POST /v1/cases/:id/assignment',
      id,
      idempotencyKey,
      dto,
      (c, now) => assignCase(c, { assignedAt: new Date(dto.assignedAt), lawFirm: dto.lawFirm, lawyer: dto.lawyer }, now),
      caseAssigned,
    );
  }
}
