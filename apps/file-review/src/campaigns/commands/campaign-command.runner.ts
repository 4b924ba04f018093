import { CommandResponse, CommandRunner, EventContexts, NotFoundError } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
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
    private readonly runner: CommandRunner,
    private readonly campaigns: CampaignRepository,
  ) {}

  newId(): string {
    return this.runner.newId();
  }

  get timeZone(): string {
    return this.runner.timeZone;
  }

  /** Runs a creating command: `create` inserts the new campaign (sequence 0) and returns its step. */
  create<T>(scope: string, key: string | undefined, body: unknown, create: (em: EntityManager, now: Date) => Promise<CampaignStep<T>>) {
    return this.runner.inTransaction({ scope, key, body }, async (em, now, ctx) => this.finish(em, await create(em, now), ctx));
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
    return this.runner.inTransaction({ scope, key, body }, async (em, now, ctx) => {
      const id = await locate(em);
      const current = await this.campaigns.findForUpdate(em, id);
      if (!current) throw new NotFoundError('campaign', id);
      return this.finish(em, await change(em, current, now), ctx);
    });
  }

  /** Stamps the step's events with the campaign's next sequences, saves the campaign, and gives the events to the runner's outbox append. */
  private async finish<T>(em: EntityManager, step: CampaignStep<T>, ctx: EventContexts) {
    const base = ctx();
    const events = stamp(step.events, step.campaign, { ...base, nextId: () => this.runner.newId() });
    const campaign = { ...step.campaign, sequence: step.campaign.sequence + events.length };
    await this.campaigns.save(em, campaign);
    return { events, status: step.status, body: await step.answer(em, campaign) };
  }
}
