import { ExactlyOnceConsumer } from '@casetrack/messaging';
import { KAFKA } from '@casetrack/platform';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { REPORTING_CONFIG, ReportingConfig } from '../config';
import { ConsumerMetrics } from '../metrics/consumer-metrics';
import { liveGroupId } from '../rebuild/reporting-schemas';
import { AREA_PROJECTIONS, AreaProjection, CompositeProjection } from './area-projection';

/**
 * Runs the exactly-once consumer that feeds every area projection; retries until Kafka answers. It
 * consumes as the group the live projections follow (after a rebuild, the rebuild's group), and a
 * rebuild can stop it and start it again as another group.
 */
@Injectable()
export class ReportingConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('reporting-consumer');
  private consumer?: ExactlyOnceConsumer;
  private stopping = false;
  private closed = false;
  /** When a rebuild stopped it for its final catch-up (null while consuming). */
  private stoppedAt: number | null = null;
  private loop?: Promise<void>;
  private group: string;
  readonly projection: CompositeProjection;

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly dataSource: DataSource,
    @Inject(REPORTING_CONFIG) private readonly config: ReportingConfig,
    @Inject(AREA_PROJECTIONS) areas: AreaProjection[],
    private readonly metrics: ConsumerMetrics,
  ) {
    this.projection = new CompositeProjection(areas);
    this.group = config.groupId;
  }

  /** The consumer group whose positions the live figures are at. */
  get groupId(): string {
    return this.group;
  }

  async onApplicationBootstrap(): Promise<void> {
    // The database is up (migrations ran); Kafka may not be, so consuming starts in the background.
    this.group = await liveGroupId(this.dataSource, this.config.schema, this.config.groupId);
    this.loop = this.startWithRetry();
  }

  async onApplicationShutdown(): Promise<void> {
    // A rebuild ending during shutdown must not start consuming again.
    this.closed = true;
    await this.stop();
  }

  /** Since when a rebuild has held it stopped for its final catch-up (ms since epoch), or null. */
  get stoppedSince(): number | null {
    return this.stoppedAt;
  }

  get stats() {
    return { applied: this.consumer?.applied ?? 0, duplicates: this.consumer?.duplicates ?? 0, deadLettered: this.consumer?.deadLettered ?? 0 };
  }

  /** Stops consuming; resolves once no batch is in flight, so the live tables change no more. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.stoppedAt ??= Date.now();
    await this.loop;
    await this.consumer?.stop();
    this.consumer = undefined;
  }

  /** Starts consuming again, as `groupId` from now on (from that group's committed positions). */
  resume(groupId: string): void {
    this.group = groupId;
    if (this.closed) return;
    this.stopping = false;
    this.stoppedAt = null;
    this.loop = this.startWithRetry();
  }

  private async startWithRetry(): Promise<void> {
    let delay = 500;
    while (!this.stopping) {
      const consumer = new ExactlyOnceConsumer({
        kafka: this.kafka,
        dataSource: this.dataSource,
        schema: this.config.schema,
        groupId: this.group,
        topics: this.projection.topics,
        projection: this.projection,
        sessionTimeoutMs: this.config.sessionTimeoutMs,
        maxAttempts: this.config.consumerMaxAttempts,
        partitionsConsumedConcurrently: this.config.partitionsConcurrently,
        log: (m) => this.logger.warn(m),
        // One line per committed batch, with the trace ids of its events: a search for a request's
        // trace id finds the line where its change reached the figures.
        onApplied: (b) => {
          if (b.applied + b.duplicates === 0) return;
          const { topic, partition, firstOffset, lastOffset, applied, duplicates, traceIds } = b;
          this.logger.log({ msg: `applied ${applied} event(s) from ${topic}[${partition}]@${firstOffset}..${lastOffset}`, topic, partition, firstOffset, lastOffset, applied, duplicates, traceIds });
        },
        observer: this.metrics.observer,
      });
      try {
        await consumer.start();
        if (this.stopping) {
          // Closed while we were starting: leave the group instead of lingering in it.
          await consumer.stop();
          return;
        }
        this.consumer = consumer;
        this.logger.log(`consuming ${this.projection.topics.join(', ')} as ${this.group}`);
        return;
      } catch (err) {
        await consumer.stop();
        this.logger.warn(`cannot start consuming yet: ${(err as Error).message}; retrying in ${delay} ms`);
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, 10_000);
      }
    }
  }
}
