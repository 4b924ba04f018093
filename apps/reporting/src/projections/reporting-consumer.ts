import { ExactlyOnceConsumer } from '@casetrack/messaging';
import { KAFKA } from '@casetrack/platform';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { REPORTING_CONFIG, ReportingConfig } from '../config';
import { AREA_PROJECTIONS, AreaProjection, CompositeProjection } from './area-projection';

/** Runs the exactly-once consumer that feeds every area projection; retries until Kafka answers. */
@Injectable()
export class ReportingConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('reporting-consumer');
  private consumer?: ExactlyOnceConsumer;
  private stopping = false;
  readonly projection: CompositeProjection;

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly dataSource: DataSource,
    @Inject(REPORTING_CONFIG) private readonly config: ReportingConfig,
    @Inject(AREA_PROJECTIONS) areas: AreaProjection[],
  ) {
    this.projection = new CompositeProjection(areas);
  }

  onApplicationBootstrap(): void {
    void this.startWithRetry();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.consumer?.stop();
  }

  get stats() {
    return { applied: this.consumer?.applied ?? 0, duplicates: this.consumer?.duplicates ?? 0, deadLettered: this.consumer?.deadLettered ?? 0 };
  }

  private async startWithRetry(): Promise<void> {
    let delay = 500;
    while (!this.stopping) {
      const consumer = new ExactlyOnceConsumer({
        kafka: this.kafka,
        dataSource: this.dataSource,
        schema: 'reporting',
        groupId: this.config.groupId,
        topics: this.projection.topics,
        projection: this.projection,
        sessionTimeoutMs: this.config.sessionTimeoutMs,
        log: (m) => this.logger.warn(m),
      });
      try {
        await consumer.start();
        this.consumer = consumer;
        this.logger.log(`consuming ${this.projection.topics.join(', ')} as ${this.config.groupId}`);
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
