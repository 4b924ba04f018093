import { Injectable } from '@nestjs/common';
import { caseApplied } from '../../domain/case-events';
import { applyForAid } from '../../domain/legal-aid-case';
import { CaseCommandRunner } from '../case-command.runner';
import { ApplyForAidDto } from './apply-for-aid.dto';

/** Registers an application and publishes legalaid.case.applied (without the applicant's personal data). */
@Injectable()
export class ApplyForAidHandler {
  constructor(private readonly runner: CaseCommandRunner) {}

  execute(dto: ApplyForAidDto, idempotencyKey?: string) {
    return this.runner.create(
      'POST /v1/cases',
      idempotencyKey,
      dto,
      (now) =>
        applyForAid(
          {
            id: this.runner.newId(),
            applicantGroups: dto.applicantGroups,
            caseType: dto.caseType,
            matter: dto.matter,
            channel: dto.channel,
            greenChannel: dto.greenChannel,
            appliedAt: new Date(dto.appliedAt),
            applicantName: dto.applicantName,
            // A final x and X are the same check character; keep one spelling.
            applicantIdNumber: dto.applicantIdNumber?.toUpperCase(),
          },
          now,
        ),
      caseApplied,
    );
  }
}
