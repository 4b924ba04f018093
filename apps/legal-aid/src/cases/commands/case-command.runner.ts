import { CaseEvent } from '@casetrack/contracts';
import { OutboxWriter } from '@casetrack/messaging';
import {
  CLOCK, Clock, EventContext, CommandResponse, currentActor, ID_GENERATOR, IdempotencyStore, IdGenerator, NotFoundError, SERVICE_CONFIG, ServiceConfig,
} from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { LegalAidCase } from '../domain/legal-aid-case';
import { CaseRepository } from '../persistence/case.repository';
import { CaseView, toCaseView } from '../queries/get-case/case.view';

/**
 * The one way legal aid cases change: inside a single transaction it honours the Idempotency-Key,
 * applies the domain change, saves the row and appends the event to the outbox. The stored
 * (replayable) response is the masked view, so the idempotency table holds no personal data either.
 */
@Injectable()
export class CaseCommandRunner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly outbox: OutboxWriter,
    private readonly idempotency: IdempotencyStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  newId(): string {
    return this.ids.next();
  }

  /** Runs a creating command: `create` returns the new case, which is inserted with its event. */
  create(
    scope: string,
    idempotencyKey: string | undefined,
    body: unknown,
    create: (now: Date) => LegalAidCase,
    event: (c: LegalAidCase, ctx: EventContext) => CaseEvent,
  ): Promise<CommandResponse<CaseView>> {
    return this.dataSource.transaction((em) =>
      this.idempotency.run(em, scope, idempotencyKey, body, async () => {
        const now = this.clock.now();
        const created = create(now);
        await this.cases.insert(em, created);
        await this.outbox.append(em, [event(created, this.context(now))]);
        return { status: 201, body: toCaseView(created, this.config.timeZone) };
      }),
    );
  }

  /** Runs a changing command on one case, locked for the transaction. */
  change(
    scope: string,
    id: string,
    idempotencyKey: string | undefined,
    body: unknown,
    change: (c: LegalAidCase, now: Date) => LegalAidCase,
    event: (c: LegalAidCase, ctx: EventContext, before: LegalAidCase) => CaseEvent,
    /** Further rows the change writes in the same transaction (a correction's reason). */
    record?: (em: EntityManager, e: CaseEvent, before: LegalAidCase, after: LegalAidCase) => Promise<void>,
  ): Promise<CommandResponse<CaseView>> {
    return this.dataSource.transaction((em) =>
      this.idempotency.run(em, `${scope} ${id}`, idempotencyKey, body, async () => {
        const current = await this.cases.findForUpdate(em, id);
        if (!current) throw new NotFoundError('case', id);
        const now = this.clock.now();
        const next = change(current, now);
        await this.cases.saveProgress(em, next);
        const e = event(next, this.context(now), current);
        await record?.(em, e, current, next);
        await this.outbox.append(em, [e]);
        return { status: 200, body: toCaseView(next, this.config.timeZone) };
      }),
    );
  }

  private context(now: Date): EventContext {
    return { eventId: this.ids.next(), occurredAt: now, district: this.config.districtCode, timeZone: this.config.timeZone, actorId: currentActor()?.id ?? null };
  }
}
