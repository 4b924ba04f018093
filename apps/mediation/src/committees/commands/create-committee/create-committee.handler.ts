import { CLOCK, Clock, CommandResponse, DomainError, IdempotencyStore } from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createCommittee } from '../../domain/committee';
import { CommitteeRepository } from '../../persistence/committee.repository';
import { CreateCommitteeDto } from './create-committee.dto';
import { CommitteeView, toCommitteeView } from '../../queries/list-committees/committee.view';

/** Registers a committee. Committees are reference data: they publish no event of their own. */
@Injectable()
export class CreateCommitteeHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly committees: CommitteeRepository,
    private readonly idempotency: IdempotencyStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(dto: CreateCommitteeDto, idempotencyKey?: string): Promise<CommandResponse<CommitteeView>> {
    return this.dataSource.transaction((em) =>
      this.idempotency.run(em, 'POST /v1/committees', idempotencyKey, dto, async () => {
        const committee = createCommittee(dto, this.clock.now());
        if (!(await this.committees.insert(em, committee)))
          throw new DomainError('COMMITTEE.CODE_TAKEN', `a committee with code ${dto.code} already exists`, 'conflict', { code: dto.code });
        return { status: 201, body: toCommitteeView(committee) };
      }),
    );
  }
}
