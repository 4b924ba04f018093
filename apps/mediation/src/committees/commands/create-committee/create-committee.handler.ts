import { OutboxWriter } from '@casetrack/messaging';
import { CLOCK, Clock, CommandResponse, currentActor, DomainError, ID_GENERATOR, IdempotencyStore, IdGenerator, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createCommittee } from '../../domain/committee';
import { committeeRegistered } from '../../domain/committee-events';
import { CommitteeRepository } from '../../persistence/committee.repository';
import { CommitteeView, toCommitteeView } from '../../queries/list-committees/committee.view';
import { CreateCommitteeDto } from './create-committee.dto';

/** Registers a committee and publishes mediation.committee.registered. */
@Injectable()
export class CreateCommitteeHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly committees: CommitteeRepository,
    private readonly outbox: OutboxWriter,
    private readonly idempotency: IdempotencyStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  execute(dto: CreateCommitteeDto, idempotencyKey?: string): Promise<CommandResponse<CommitteeView>> {
    return this.dataSource.transaction((em) =>
      this.idempotency.run(em, 'POST /v1/committees', idempotencyKey, dto, async () => {
        const now = this.clock.now();
        const committee = createCommittee(
          { ...dto, id: this.ids.next(), establishedAt: dto.establishedAt ? new Date(dto.establishedAt) : undefined },
          now,
        );
        if (!(await this.committees.insert(em, committee)))
          throw new DomainError('COMMITTEE.CODE_TAKEN', `a committee with code ${dto.code} already exists`, 'conflict', { code: dto.code });
        const ctx = { eventId: this.ids.next(), occurredAt: now, district: this.config.districtCode, timeZone: this.config.timeZone, actorId: currentActor()?.id ?? null };
        await this.outbox.append(em, [committeeRegistered(committee, ctx)]);
        return { status: 201, body: toCommitteeView(committee, this.config.timeZone) };
      }),
    );
  }
}
