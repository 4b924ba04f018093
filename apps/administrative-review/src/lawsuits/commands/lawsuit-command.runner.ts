import { CaseEvent } from '@casetrack/contracts';
import { OutboxWriter } from '@casetrack/messaging';
import {
  CLOCK, Clock, CommandResponse, currentActor, ID_GENERATOR, IdempotencyStore, IdGenerator, NotFoundError, SERVICE_CONFIG, ServiceConfig,
} from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventContext } from '@casetrack/platform';
import { Hearing, Lawsuit } from '../domain/lawsuit';
import { LawsuitRepository } from '../persistence/lawsuit.repository';
import { LawsuitView, toLawsuitView } from '../queries/get-lawsuit/lawsuit.view';

/** A lawsuit after a change, and the hearing that change recorded, if any. */
export interface LawsuitChange {
  lawsuit: Lawsuit;
  hearing?: Hearing;
}

/**
 * The one way lawsuits change: inside a single transaction it honours the Idempotency-Key,
 * applies the domain change, saves the rows and appends the event to the outbox.
 */
@Injectable()
export class LawsuitCommandRunner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lawsuits: LawsuitRepository,
    private readonly outbox: OutboxWriter,
    private readonly idempotency: IdempotencyStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  get timeZone(): string {
    return this.config.timeZone;
  }

  newId(): string {
    return this.ids.next();
  }

  /** Runs a creating command: `create` builds the new lawsuit, which is inserted with its event. */
  create(
    scope: string,
    idempotencyKey: string | undefined,
    body: unknown,
    create: (id: string, now: Date) => Lawsuit,
    event: (l: Lawsuit, ctx: EventContext) => CaseEvent,
  ): Promise<CommandResponse<LawsuitView>> {
    return this.dataSource.transaction((em) =>
      this.idempotency.run(em, scope, idempotencyKey, body, async () => {
        const now = this.clock.now();
        const lawsuit = create(this.ids.next(), now);
        await this.lawsuits.insert(em, lawsuit);
        await this.outbox.append(em, [event(lawsuit, this.context(now))]);
        return { status: 201, body: toLawsuitView(lawsuit, this.config.timeZone, []) };
      }),
    );
  }

  /** Runs a changing command on one lawsuit, locked for the transaction; `reply` shapes the answer. */
  change<T>(
    scope: string,
    id: string,
    idempotencyKey: string | undefined,
    body: unknown,
    change: (l: Lawsuit, now: Date) => LawsuitChange,
    event: (c: LawsuitChange, ctx: EventContext) => CaseEvent,
    reply: (c: LawsuitChange, hearings: Hearing[]) => CommandResponse<T>,
  ): Promise<CommandResponse<T>> {
    return this.dataSource.transaction((em) =>
      this.idempotency.run(em, `${scope} ${id}`, idempotencyKey, body, async () => {
        const current = await this.lawsuits.findForUpdate(em, id);
        if (!current) throw new NotFoundError('lawsuit', id);
        const now = this.clock.now();
        const result = change(current, now);
        await this.lawsuits.saveProgress(em, result.lawsuit);
        if (result.hearing) await this.lawsuits.insertHearing(em, result.hearing);
        await this.outbox.append(em, [event(result, this.context(now))]);
        return reply(result, await this.lawsuits.hearingsOf(em, id));
      }),
    );
  }

  private context(now: Date): EventContext {
    return { eventId: this.ids.next(), occurredAt: now, district: this.config.districtCode, timeZone: this.config.timeZone, actorId: currentActor()?.id ?? null };
  }
}
