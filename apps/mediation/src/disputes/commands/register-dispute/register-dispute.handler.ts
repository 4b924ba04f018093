import { assertMayActFor, InvalidInputError } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CommitteeRepository } from '../../../committees/persistence/committee.repository';
import { registerDispute } from '../../domain/dispute';
import { disputeRegistered } from '../../domain/dispute-events';
import { DisputeCommandRunner } from '../dispute-command.runner';
import { RegisterDisputeDto } from './register-dispute.dto';

/** Logs a dispute with its committee's kind and field, and publishes mediation.dispute.registered. */
@Injectable()
export class RegisterDisputeHandler {
  constructor(
    private readonly runner: DisputeCommandRunner,
    private readonly committees: CommitteeRepository,
    private readonly dataSource: DataSource,
  ) {}

  execute(dto: RegisterDisputeDto, idempotencyKey?: string) {
    // Before the key is looked at: a clerk never gets another committee's stored answer.
    assertMayActFor(dto.committeeCode);
    return this.runner.create(
      'POST /v1/disputes',
      idempotencyKey,
      dto,
      async (now) => {
        const committee = await this.committees.findByCode(this.dataSource.manager, dto.committeeCode);
        if (!committee)
          throw new InvalidInputError('DISPUTE.UNKNOWN_COMMITTEE', 'committeeCode', `committeeCode: no committee with code ${dto.committeeCode}`);
        return registerDispute(
          {
            id: this.runner.newId(),
            committee,
            category: dto.category,
            source: dto.source,
            receivedAt: new Date(dto.receivedAt),
            partyCount: dto.partyCount,
            summary: dto.summary,
            amountInvolvedFen: dto.amountInvolvedFen,
          },
          now,
        );
      },
      disputeRegistered,
    );
  }
}
