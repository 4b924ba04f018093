import { OutboxWriter } from '@casetrack/messaging';
import {
  CLOCK, Clock, CommandResponse, currentActor, ID_GENERATOR, IdempotencyStore, IdGenerator, NotFoundError, SERVICE_CONFIG, ServiceConfig,
} from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Campaign } from '../domain/campaign';
import { FileReviewEventDraft, stamp } from '../domain/campaign-events';
import { CampaignRepository } from '../persistence/campaign.repository';

/** What a command did to a campaign: its new state (sequence not yet advanced), its events and the answer. */
export interface CampaignStep<T> {
  campaign: Campaign;
  events: FileReviewEventDraft[];
  status: 200 | 201;
  answer: (em: EntityManager, campaign: Campaign) => Promise<T>;
}

/**
 * The one way campaigns and their files change: inside a single transaction it honours the
 * Idempotency-Key, locks the campaign row (so a campaign's events get consecutive sequences in
 * commit order), applies the command, stamps its events with the campaign id as caseId and the
 * next sequences, appends them to the outbox and saves the campaign.
 */
@Injectable()
export class CampaignCommandRunner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly campaigns: CampaignRepository,
    private readonly outbox: OutboxWriter,
    private readonly idempotency: IdempotencyStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  newId(): string {
    return this.ids.next();
  }

  get timeZone(): string {
    return this.config.timeZone;
  }

  /** Runs a creating command: `create` inserts the new campaign (sequence 0) and returns its step. */
  create<T>(scope: string, key: string | undefined, body: unknown, create: (em: EntityManager, now: Date) => Promise<CampaignStep<T>>) {
    return this.dataSource.transaction((em) =>
      this.idempotency.run(em, scope, key, body, async () => {
        const now = this.clock.now();
        return this.finish(em, await create(em, now), now);
      }),
    );
  }

  /**
   * Runs a changing command on the campaign `locate` names (after checking it exists), with the
   * campaign locked for the transaction. `scope` must already name the resource (e.g. its id).
   */
  change<T>(
    scope: string,
    key: string | undefined,
    body: unknown,
    locate: (em: EntityManager) => Promise<string>,
    change: (em: EntityManager, campaign: Campaign, now: Date) => Promise<CampaignStep<T>>,
  ): Promise<CommandResponse<T>> {
    return this.dataSource.transaction((em) =>
      this.idempotency.run(em, scope, key, body, async () => {
        const id = await locate(em);
        const current = await this.campaigns.findForUpdate(em, id);
        if (!current) throw new NotFoundError('campaign', id);
        const now = this.clock.now();
        return this.finish(em, await change(em, current, now), now);
      }),
    );
  }

  private async finish<T>(em: EntityManager, step: CampaignStep<T>, now: Date): Promise<CommandResponse<T>> {
    const events = stamp(step.events, step.campaign, {
      nextId: () => this.ids.next(),
      occurredAt: now,
      district: this.config.districtCode,
      timeZone: this.config.timeZone,
      actorId: currentActor()?.id ?? null,
    });
    const campaign = { ...step.campaign, sequence: step.campaign.sequence + events.length };
    await this.campaigns.save(em, campaign);
    await this.outbox.append(em, events);
    return { status: step.status, body: await step.answer(em, campaign) };
  }
}
