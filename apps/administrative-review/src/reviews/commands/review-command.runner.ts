import { CaseEvent } from '@casetrack/contracts';
import { OutboxWriter } from '@casetrack/messaging';
import {
  CLOCK, Clock, CommandResponse, currentActor, ID_GENERATOR, IdempotencyStore, IdGenerator, NotFoundError, SERVICE_CONFIG, ServiceConfig,
} from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventContext } from '@casetrack/platform';
import { Review } from '../domain/review';
import { ReviewRepository } from '../persistence/review.repository';
import { ReviewView, toReviewView } from '../queries/get-review/review.view';

/**
 * The one way reviews change: inside a single transaction it honours the Idempotency-Key,
 * applies the domain change, saves the row and appends the event to the outbox. The stored
 * (replayable) response is the masked view, so the idempotency table holds no personal data either.
 */
@Injectable()
export class ReviewCommandRunner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviews: ReviewRepository,
    private readonly outbox: OutboxWriter,
    private readonly idempotency: IdempotencyStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  get timeZone(): string {
    return this.config.timeZone;
  }

  /** Runs a creating command: `create` builds the new review, which is inserted with its event. */
  create(
    scope: string,
    idempotencyKey: string | undefined,
    body: unknown,
    create: (id: string, now: Date) => Review,
    event: (r: Review, ctx: EventContext) => CaseEvent,
  ): Promise<CommandResponse<ReviewView>> {
    return this.dataSource.transaction((em) =>
      this.idempotency.run(em, scope, idempotencyKey, body, async () => {
        const now = this.clock.now();
        const review = create(this.ids.next(), now);
        await this.reviews.insert(em, review);
        await this.outbox.append(em, [event(review, this.context(now))]);
        return { status: 201, body: toReviewView(review, this.config.timeZone, now) };
      }),
    );
  }

  /** Runs a changing command on one review, locked for the transaction. */
  change(
    scope: string,
    id: string,
    idempotencyKey: string | undefined,
    body: unknown,
    change: (r: Review, now: Date) => Review,
    event: (r: Review, ctx: EventContext) => CaseEvent,
  ): Promise<CommandResponse<ReviewView>> {
    return this.dataSource.transaction((em) =>
      this.idempotency.run(em, `${scope} ${id}`, idempotencyKey, body, async () => {
        const current = await this.reviews.findForUpdate(em, id);
        if (!current) throw new NotFoundError('review', id);
        const now = this.clock.now();
        const next = change(current, now);
        await this.reviews.saveProgress(em, next);
        await this.outbox.append(em, [event(next, this.context(now))]);
        return { status: 200, body: toReviewView(next, this.config.timeZone, now) };
      }),
    );
  }

  private context(now: Date): EventContext {
    return { eventId: this.ids.next(), occurredAt: now, district: this.config.districtCode, timeZone: this.config.timeZone, actorId: currentActor()?.id ?? null };
  }
}
