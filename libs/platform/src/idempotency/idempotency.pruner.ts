import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IdempotencyConfig } from '../config/idempotency-config';
import { IdempotencyStore } from './idempotency.store';

export const IDEMPOTENCY_CONFIG = Symbol('IDEMPOTENCY_CONFIG');

/** Batches one pruning round deletes at most, so a huge backlog is worked off over several rounds. */
const MAX_BATCHES_PER_ROUND = 100;

/**
 * Deletes expired idempotency records every IDEMPOTENCY_PRUNE_INTERVAL_SECONDS, in batches of at
 * most IDEMPOTENCY_PRUNE_BATCH_SIZE rows, each its own short statement (created_at is indexed), so
 * pruning never holds many row locks or a long transaction. Replicas may prune at the same time.
 */
@Injectable()
export class IdempotencyPruner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('idempotency');
  private timer?: NodeJS.Timeout;
  private round?: Promise<number>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: IdempotencyStore,
    @Inject(IDEMPOTENCY_CONFIG) private readonly config: IdempotencyConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.pruneExpired().catch((err) => this.logger.warn(`pruning expired keys failed: ${(err as Error).message}`)), this.config.pruneIntervalSeconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.round?.catch(() => undefined);
  }

  /** One round: batch after batch until one comes back short (or the round's cap); returns how many records it deleted. */
  pruneExpired(): Promise<number> {
    // A round still running when the next tick comes is not doubled.
    this.round ??= (async () => {
      let total = 0;
      for (let i = 0; i < MAX_BATCHES_PER_ROUND; i++) {
        const deleted = await this.store.pruneBatch(this.dataSource.manager, this.config.pruneBatchSize);
        total += deleted;
        if (deleted < this.config.pruneBatchSize) break;
      }
      return total;
    })().finally(() => (this.round = undefined));
    return this.round;
  }
}
