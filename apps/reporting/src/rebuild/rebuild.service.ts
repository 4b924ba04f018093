import { ExactlyOnceConsumer } from '@casetrack/messaging';
import { createDataSource, initializeAndMigrate, toSafeInteger } from '@casetrack/persistence';
import { DomainError, KAFKA, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Admin, Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { REPORTING_CONFIG, ReportingConfig } from '../config';
import { REPORTING_MIGRATIONS } from '../migrations';
import { ReportingConsumer } from '../projections/reporting-consumer';
import { reportingSchemas } from './reporting-schemas';
import { switchToRebuilt } from './schema-switch';

export type RebuildStatus = 'preparing' | 'replaying' | 'catching-up' | 'switching' | 'done' | 'failed';

/** A rebuild as GET /v1/admin/rebuild shows it. */
export interface RebuildJob {
  id: string;
  status: RebuildStatus;
  startedAt: string;
  finishedAt: string | null;
  /** The group the live projections followed, and the one the rebuild consumes as (live after the switch). */
  previousGroupId: string;
  groupId: string;
  /** Events the rebuild applied so far, and those still to read per topic (null before it reads). */
  applied: number;
  lag: Record<string, number> | null;
  /** Where the replaced projections went (kept for inspection; drop it when no longer wanted). */
  retiredSchema: string | null;
  error: string | null;
}

const POLL_MS = 250;
/** Lag (events, all topics) under which the live consumer is stopped for the final catch-up. */
const SWITCH_LAG = 50;

/**
 * Rebuilds every projection from offset 0 while the service keeps answering from the live ones:
 * migrations into a fresh `<schema>_next`, a second exactly-once consumer as a new group from the
 * topics' start; once it is close, the live consumer stops, the rebuild reads to the topics' end
 * offsets of that moment and stops, and one transaction swaps the schemas (see switchToRebuilt).
 * The live consumer then resumes as the rebuild's group, from where the rebuild stopped.
 */
@Injectable()
export class RebuildService implements OnApplicationShutdown {
  private readonly logger = new Logger('reporting-rebuild');
  private job?: RebuildJob & { idempotencyKey?: string };
  private running?: Promise<void>;

  constructor(
    private readonly liveDataSource: DataSource,
    private readonly live: ReportingConsumer,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(SERVICE_CONFIG) private readonly service: ServiceConfig,
    @Inject(REPORTING_CONFIG) private readonly config: ReportingConfig,
  ) {}

  /** The current or last rebuild of this process, or null. */
  current(): RebuildJob | null {
    if (!this.job) return null;
    const j = this.job;
    return {
      id: j.id, status: j.status, startedAt: j.startedAt, finishedAt: j.finishedAt, previousGroupId: j.previousGroupId, groupId: j.groupId,
      applied: j.applied, lag: j.lag && { ...j.lag }, retiredSchema: j.retiredSchema, error: j.error,
    };
  }

  /**
   * Starts a rebuild in the background and answers its first state. A running rebuild is a 409
   * naming its status, unless asked for again with the same Idempotency-Key (then it is answered).
   */
  start(idempotencyKey?: string): { status: number; job: RebuildJob } {
    if (this.job && idempotencyKey !== undefined && this.job.idempotencyKey === idempotencyKey) return { status: 200, job: this.current()! };
    if (this.job && !['done', 'failed'].includes(this.job.status))
      throw new DomainError('REBUILD.RUNNING', `a rebuild is already running (status ${this.job.status})`, 'conflict', { status: this.job.status });
    const now = new Date();
    const groupId = `${this.config.groupId}.rebuild-${now.getTime().toString(36)}`;
    this.job = {
      id: `rebuild-${now.getTime().toString(36)}`, status: 'preparing', startedAt: now.toISOString(), finishedAt: null,
      previousGroupId: this.live.groupId, groupId, applied: 0, lag: null, retiredSchema: null, error: null, idempotencyKey,
    };
    this.running = this.run(this.job).catch(() => undefined);
    return { status: 202, job: this.current()! };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.running;
  }

  private async run(job: RebuildJob): Promise<void> {
    const { next } = reportingSchemas(this.config.schema);
    const admin = this.kafka.admin();
    let dataSource: DataSource | undefined;
    let consumer: ExactlyOnceConsumer | undefined;
    let liveStopped = false;
    try {
      await admin.connect();
      // A leftover of a rebuild that failed before its switch: it was never live.
      await this.liveDataSource.query(`DROP SCHEMA IF EXISTS "${next}" CASCADE`);
      dataSource = createDataSource({
        url: this.service.databaseUrl, schema: next, searchPath: next, migrations: REPORTING_MIGRATIONS, applicationName: 'reporting-rebuild', poolSize: 4,
      });
      await initializeAndMigrate(dataSource, next);
      consumer = new ExactlyOnceConsumer({
        kafka: this.kafka, dataSource, schema: next, groupId: job.groupId, topics: this.live.projection.topics, projection: this.live.projection,
        fromBeginning: true, sessionTimeoutMs: this.config.sessionTimeoutMs, log: (m) => this.logger.warn(m),
      });
      await consumer.start();
      job.status = 'replaying';
      await this.waitUntil(job, dataSource, admin, consumer, (lag) => lag <= SWITCH_LAG);
      // From here the live figures stand still until the switch: a few batches' time.
      job.status = 'catching-up';
      await this.live.stop();
      liveStopped = true;
      const target = await this.endOffsets(admin);
      await this.waitUntil(job, dataSource, admin, consumer, (lag) => lag === 0, target);
      await consumer.stop();
      consumer = undefined;
      await dataSource.destroy();
      dataSource = undefined;
      job.status = 'switching';
      job.retiredSchema = await this.liveDataSource.transaction((em) =>
        switchToRebuilt(em, { schema: this.config.schema, configuredGroupId: this.config.groupId, groupId: job.groupId, at: new Date() }),
      );
      this.live.resume(job.groupId);
      liveStopped = false;
      job.status = 'done';
      this.logger.log(`rebuilt from offset 0 as ${job.groupId}; the replaced projections are in ${job.retiredSchema}`);
    } catch (err) {
      job.status = 'failed';
      job.error = (err as Error).message;
      this.logger.error(`rebuild failed: ${job.error}`);
      await consumer?.stop();
      if (liveStopped) this.live.resume(job.previousGroupId);
      throw err;
    } finally {
      job.finishedAt = new Date().toISOString();
      if (dataSource?.isInitialized) await dataSource.destroy().catch(() => undefined);
      await admin.disconnect().catch(() => undefined);
    }
  }

  /** The topics' end offsets now, per topic and partition. */
  private async endOffsets(admin: Admin): Promise<Map<string, { partition: number; high: number; low: number }[]>> {
    const out = new Map<string, { partition: number; high: number; low: number }[]>();
    for (const topic of this.live.projection.topics)
      out.set(topic, (await admin.fetchTopicOffsets(topic)).map((p) => ({ partition: p.partition, high: Number(p.high), low: Number(p.low) })));
    return out;
  }

  /** Polls the rebuild's positions against `target` (or the end offsets of each moment) until `done(total lag)`. */
  private async waitUntil(
    job: RebuildJob,
    dataSource: DataSource,
    admin: Admin,
    consumer: ExactlyOnceConsumer,
    done: (lag: number) => boolean,
    target?: Map<string, { partition: number; high: number; low: number }[]>,
  ): Promise<void> {
    const { next } = reportingSchemas(this.config.schema);
    for (;;) {
      const ends = target ?? (await this.endOffsets(admin));
      const rows: { topic: string; partition: number; next_offset: string }[] = await dataSource.query(
        `SELECT topic, partition, next_offset FROM "${next}".consumer_offsets WHERE group_id = $1`,
        [job.groupId],
      );
      const at = new Map(rows.map((r) => [`${r.topic}/${r.partition}`, toSafeInteger(r.next_offset)]));
      const lag: Record<string, number> = {};
      for (const [topic, partitions] of ends)
        lag[topic] = partitions.reduce((sum, p) => sum + Math.max(0, p.high - (at.get(`${topic}/${p.partition}`) ?? p.low)), 0);
      job.lag = lag;
      job.applied = consumer.applied;
      if (done(Object.values(lag).reduce((s, n) => s + n, 0))) return;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }
}
