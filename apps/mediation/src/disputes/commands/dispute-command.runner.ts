import { CaseEvent } from '@casetrack/contracts';
import { OutboxWriter } from '@casetrack/messaging';
import {
  assertMayActFor, CLOCK, EventContext, Clock, CommandResponse, currentActor, ID_GENERATOR, IdempotencyStore, IdGenerator, NotFoundError, SERVICE_CONFIG, ServiceConfig,
} from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Dispute } from '../domain/dispute';
import { DisputeRepository } from '../persistence/dispute.repository';
import { DisputeView, toDisputeView } from '../queries/get-dispute/dispute.view';

/**
 * The one way disputes change: inside a single transaction it honours the Idempotency-Key,
 * applies the domain change, saves the row and appends the event to the outbox.
 */
@Injectable()
export class DisputeCommandRunner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly disputes: DisputeRepository,
    private readonly outbox: OutboxWriter,
    private readonly idempotency: IdempotencyStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  newId(): string {
    return this.ids.next();
  }

  /** Runs a creating command: `create` returns the new dispute, which is inserted with its event. */
  create(
    scope: string,
    idempotencyKey: string | undefined,
    body: unknown,
    create: (em: EntityManager, now: Date) => Promise<Dispute>,
    event: (d: Dispute, ctx: EventContext) => CaseEvent,
  ): Promise<CommandResponse<DisputeView>> {
    return this.dataSource.transaction((em) =>
      this.idempotency.run(em, scope, idempotencyKey, body, async () => {
        const now = this.clock.now();
        const dispute = await create(em, now);
        await this.disputes.insert(em, dispute);
        await this.outbox.append(em, [event(dispute, this.context(now))]);
        return { status: 201, body: toDisputeView(dispute, this.config.timeZone) };
      }),
    );
  }

  /**
   * Runs a changing command on one dispute, locked for the transaction. The dispute is locked and its
   * committee checked against the user's before the Idempotency-Key is looked at, so a stored answer
   * is replayed only to a user who may act on that dispute.
   */
  change(
    scope: string,
    id: string,
    idempotencyKey: string | undefined,
    body: unknown,
    change: (d: Dispute, now: Date) => Dispute,
    event: (d: Dispute, ctx: EventContext, before: Dispute) => CaseEvent,
    /** Further rows the change writes in the same transaction (a correction's reason). */
    record?: (em: EntityManager, e: CaseEvent, before: Dispute, after: Dispute) => Promise<void>,
  ): Promise<CommandResponse<DisputeView>> {
    return this.dataSource.transaction(async (em) => {
      const current = await this.disputes.findForUpdate(em, id);
      if (!current) throw new NotFoundError('dispute', id);
      assertMayActFor(current.committeeCode);
      return this.idempotency.run(em, `${scope} ${id}`, idempotencyKey, body, async () => {
        const now = this.clock.now();
        const next = change(current, now);
        await this.disputes.saveOutcome(em, next);
        const e = event(next, this.context(now), current);
        await record?.(em, e, current, next);
        await this.outbox.append(em, [e]);
        return { status: 200, body: toDisputeView(next, this.config.timeZone) };
      });
    });
  }

  private context(now: Date): EventContext {
    return { eventId: this.ids.next(), occurredAt: now, district: this.config.districtCode, timeZone: this.config.timeZone, actorId: currentActor()?.id ?? null };
  }
}
