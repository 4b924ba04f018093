import { EventProjection, ExactlyOnceConsumer } from '@casetrack/messaging';
import { createDataSource, initializeAndMigrate } from '@casetrack/persistence';
import { DomainError, KAFKA, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Inject, Injectable, Logger, OnApplicationShutdown, Optional } from '@nestjs/common';
import { Admin, Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { REPORTING_CONFIG, ReportingConfig } from '../config';
import { REPORTING_MIGRATIONS } from '../migrations';
import { describeStalled, EndOffsets, fetchEndOffsets, lagByTopic, ProgressTracker, recordedPositions } from '../projections/partition-progress';
import { ReportingConsumer } from '../projections/reporting-consumer';
import { duration, FINISHED, RebuildEnded, RebuildJob, viewOf } from './rebuild-job';
import { reportingSchemas } from './reporting-schemas';
import { switchToRebuilt } from './schema-switch';

export type { RebuildJob, RebuildStatus } from './rebuild-job';

/** Test seam: wraps the projection the rebuild's consumer applies (never the live one's). */
export const REBUILD_PROJECTION = Symbol('REBUILD_PROJECTION');
export type RebuildProjectionWrapper = (projection: EventProjection) => EventProjection;

const POLL_MS = 250;
/** Lag (events, all topics) under which the live consumer is stopped for the final catch-up. */
const SWITCH_LAG = 50;
/** ...provided every partition still behind has moved this recently: a stuck one would keep the live figures standing. */
const SWITCH_MOVED_WITHIN_MS = 3_000;

/**
 * Rebuilds every projection from offset 0 while the service keeps answering from the live ones:
 * migrations into a fresh `<schema>_next`, a second exactly-once consumer as a new group from the
 * topics' start. The live consumer keeps applying until the rebuild is close to the end and every
 * partition it still lags on is moving; only then does it stop, for at most REBUILD_CATCH_UP_SECONDS,
 * while the rebuild reads to the end offsets of that moment; one transaction then swaps the schemas
 * (see switchToRebuilt) and the live consumer resumes as the rebuild's group. A catch-up that does
 * not make it in time resumes the live consumer and goes back to replaying. A rebuild that is
 * aborted, runs past REBUILD_TIMEOUT_MINUTES, or has a partition unmoved for
 * REBUILD_STALL_TIMEOUT_MINUTES ends, drops its schema and its group, and leaves the live
 * projections as they were.
 */
@Injectable()
export class RebuildService implements OnApplicationShutdown {
  private readonly logger = new Logger('reporting-rebuild');
  private job?: RebuildJob & { idempotencyKey?: string };
  private abortReason?: string;
  private running?: Promise<void>;
  private readonly switched: ((retiredSchema: string) => Promise<void>)[] = [];

  constructor(
    private readonly liveDataSource: DataSource,
    private readonly live: ReportingConsumer,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(SERVICE_CONFIG) private readonly service: ServiceConfig,
    @Inject(REPORTING_CONFIG) private readonly config: ReportingConfig,
    @Optional() @Inject(REBUILD_PROJECTION) private readonly wrapProjection?: RebuildProjectionWrapper,
  ) {}

  /**
   * Runs `listener` after each switch to rebuilt projections, with the name of the retired schema,
   * before the rebuild shows `done` (the dead-letter desk re-applies there what had been replayed).
   * A listener that fails is logged; the switch stands.
   */
  onSwitched(listener: (retiredSchema: string) => Promise<void>): void {
    this.switched.push(listener);
  }

  /** The current or last rebuild of this process, or null. */
  current(): RebuildJob | null {
    if (!this.job) return null;
    const { idempotencyKey: _key, ...job } = this.job;
    return viewOf(job);
  }

  /** True while a rebuild runs (not yet done, failed, aborted or timed out). */
  isRunning(): boolean {
    return this.job !== undefined && !FINISHED.has(this.job.status);
  }

  /**
   * Starts a rebuild in the background and answers its first state. A running rebuild is a 409
   * naming its status, unless asked for again with the same Idempotency-Key (then it is answered).
   */
  start(idempotencyKey?: string): { status: number; job: RebuildJob } {
    if (this.job && idempotencyKey !== undefined && this.job.idempotencyKey === idempotencyKey) return { status: 200, job: this.current()! };
    if (this.isRunning())
      throw new DomainError('REBUILD.RUNNING', `a rebuild is already running (status ${this.job!.status})`, 'conflict', { status: this.job!.status });
    const now = new Date();
    const groupId = `${this.config.groupId}.rebuild-${now.getTime().toString(36)}`;
    this.abortReason = undefined;
    this.job = {
      id: `rebuild-${now.getTime().toString(36)}`, status: 'preparing', startedAt: now.toISOString(), finishedAt: null, lastProgressAt: now.toISOString(),
      previousGroupId: this.live.groupId, groupId, applied: 0, lag: null, partitions: [], stalled: false, retiredSchema: null, error: null,
      deadline: new Date(now.getTime() + this.config.rebuildTimeoutMs).toISOString(), idempotencyKey,
    };
    this.running = this.run(this.job).catch(() => undefined);
    return { status: 202, job: this.current()! };
  }

  /**
   * Asks the running rebuild to end: it stops within a poll, drops its tables and its group, and
   * the live projections stay as they are. A 409 when none runs, or when it is already switching
   * (one transaction, over in a moment).
   */
  abort(reason = 'aborted by an administrator'): RebuildJob {
    const job = this.job;
    if (!job || !this.isRunning()) throw new DomainError('REBUILD.NOT_RUNNING', 'no rebuild is running', 'conflict', { status: job?.status ?? null });
    if (job.status === 'switching')
      throw new DomainError('REBUILD.SWITCHING', 'the rebuild is switching over and can no longer be aborted', 'conflict', { status: job.status });
    if (job.status !== 'aborting') {
      this.abortReason = reason;
      job.status = 'aborting';
    }
    return this.current()!;
  }

  async onApplicationShutdown(): Promise<void> {
    // A rebuild does not survive its process; ending it here drops its tables instead of leaving them.
    if (this.isRunning() && this.job!.status !== 'switching') this.abort('the reporting service shut down');
    await this.running;
  }

  private async run(job: RebuildJob): Promise<void> {
    const { next } = reportingSchemas(this.config.schema);
    const admin = this.kafka.admin();
    const tracker = new ProgressTracker(this.config.stallAfterMs);
    let dataSource: DataSource | undefined;
    let consumer: ExactlyOnceConsumer | undefined;
    let liveStopped = false;
    let switched = false;
    let ended: { status: 'failed' | 'aborted' | 'timed-out'; error: string } | undefined;
    try {
      await admin.connect();
      // A leftover of a rebuild that ended before its switch: it was never live.
      await this.liveDataSource.query(`DROP SCHEMA IF EXISTS "${next}" CASCADE`);
      dataSource = createDataSource({
        url: this.service.databaseUrl, schema: next, searchPath: next, migrations: REPORTING_MIGRATIONS, applicationName: 'reporting-rebuild', poolSize: 4,
      });
      await initializeAndMigrate(dataSource, next);
      const projection = this.wrapProjection ? this.wrapProjection(this.live.projection) : this.live.projection;
      consumer = new ExactlyOnceConsumer({
        kafka: this.kafka, dataSource, schema: next, groupId: job.groupId, topics: this.live.projection.topics, projection,
        fromBeginning: true, sessionTimeoutMs: this.config.sessionTimeoutMs, maxAttempts: this.config.consumerMaxAttempts,
        partitionsConsumedConcurrently: this.config.partitionsConcurrently, log: (m) => this.logger.warn(m),
      });
      this.checkEnd(job, tracker);
      await consumer.start();
      const follow = { job, dataSource, admin, consumer, tracker };
      for (;;) {
        this.setStatus(job, 'replaying');
        await this.follow(follow, (lag) => lag <= SWITCH_LAG && tracker.everyLaggingMovedWithin(SWITCH_MOVED_WITHIN_MS, Date.now()));
        // From here the live figures stand still until the switch, REBUILD_CATCH_UP_SECONDS at most.
        this.setStatus(job, 'catching-up');
        await this.live.stop();
        liveStopped = true;
        const target = await fetchEndOffsets(admin, this.live.projection.topics);
        if (await this.follow(follow, (lag) => lag === 0, { target, until: Date.now() + this.config.rebuildCatchUpMs })) break;
        this.logger.warn(`the rebuild did not reach the end offsets within ${duration(this.config.rebuildCatchUpMs)} of stopping the live consumer; it resumes, the rebuild goes on replaying`);
        this.live.resume(job.previousGroupId);
        liveStopped = false;
      }
      await consumer.stop();
      consumer = undefined;
      await dataSource.destroy();
      dataSource = undefined;
      this.checkEnd(job, tracker);
      job.status = 'switching';
      job.retiredSchema = await this.liveDataSource.transaction((em) =>
        switchToRebuilt(em, { schema: this.config.schema, configuredGroupId: this.config.groupId, groupId: job.groupId, at: new Date() }),
      );
      switched = true;
      this.live.resume(job.groupId);
      liveStopped = false;
      for (const listener of this.switched)
        await listener(job.retiredSchema).catch((err) => this.logger.error(`after the switch: ${(err as Error).message}`));
      job.status = 'done';
      this.logger.log(`rebuilt from offset 0 as ${job.groupId}; the replaced projections are in ${job.retiredSchema}`);
    } catch (err) {
      ended = { status: err instanceof RebuildEnded ? err.status : 'failed', error: (err as Error).message };
      this.logger.error(`rebuild ${ended.status}: ${ended.error}`);
      await consumer?.stop();
      if (liveStopped) this.live.resume(job.previousGroupId);
      throw err;
    } finally {
      if (dataSource?.isInitialized) await dataSource.destroy().catch(() => undefined);
      if (!switched) await this.dropLeftovers(job, admin);
      await admin.disconnect().catch(() => undefined);
      // Only now: whoever sees the rebuild ended also finds its tables gone.
      if (ended) [job.status, job.error] = [ended.status, ended.error];
      job.finishedAt = new Date().toISOString();
      job.stalled = false;
    }
  }

  /** Drops what a rebuild that did not switch made: its schema and its consumer group. */
  private async dropLeftovers(job: RebuildJob, admin: Admin): Promise<void> {
    const { next } = reportingSchemas(this.config.schema);
    await this.liveDataSource.query(`DROP SCHEMA IF EXISTS "${next}" CASCADE`).catch((err) => this.logger.error(`cannot drop ${next}: ${(err as Error).message}`));
    await admin.deleteGroups([job.groupId]).catch(() => undefined); // never joined, or the broker is away: nothing to keep either way
  }

  /**
   * Polls the rebuild's positions against `catchUp.target` (or the end offsets of each moment)
   * until `done(total lag)` — true — or until `catchUp.until` passes — false. Throws RebuildEnded
   * on an abort or a timeout.
   */
  private async follow(
    f: { job: RebuildJob; dataSource: DataSource; admin: Admin; consumer: ExactlyOnceConsumer; tracker: ProgressTracker },
    done: (lag: number) => boolean,
    catchUp?: { target: EndOffsets; until: number },
  ): Promise<boolean> {
    const { next } = reportingSchemas(this.config.schema);
    for (;;) {
      const ends = catchUp?.target ?? (await fetchEndOffsets(f.admin, this.live.projection.topics));
      const now = Date.now();
      const progress = f.tracker.observe(ends, await recordedPositions(f.dataSource, next, f.job.groupId), now);
      f.job.partitions = progress;
      f.job.lag = lagByTopic(progress);
      f.job.applied = f.consumer.applied;
      f.job.stalled = progress.some((p) => p.stalled);
      f.job.lastProgressAt = new Date(now - f.tracker.stuckForMs(now)).toISOString();
      if (done(Object.values(f.job.lag).reduce((s, n) => s + n, 0))) return true;
      this.checkEnd(f.job, f.tracker);
      if (catchUp && Date.now() > catchUp.until) return false;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  /** Throws RebuildEnded when the rebuild was asked to abort, ran too long, or stood still too long. */
  private checkEnd(job: RebuildJob, tracker: ProgressTracker): void {
    const now = Date.now();
    if (this.abortReason !== undefined) throw new RebuildEnded('aborted', `${this.abortReason}; its tables were dropped and the live projections are unchanged`);
    if (now > Date.parse(job.deadline))
      throw new RebuildEnded('timed-out', `the rebuild ran longer than REBUILD_TIMEOUT_MINUTES (${duration(this.config.rebuildTimeoutMs)}); its tables were dropped and the live projections are unchanged`);
    if (tracker.stuckForMs(now) > this.config.rebuildStallTimeoutMs) {
      const stuck = job.partitions.filter((p) => p.lag > 0 && now - Date.parse(p.lastProgressAt) > this.config.rebuildStallTimeoutMs).map((p) => `${p.topic}/${p.partition} at offset ${p.position} of ${p.end}`).join(', ');
      throw new RebuildEnded(
        'timed-out',
        `the rebuild made no progress on ${stuck || 'a partition'} for longer than REBUILD_STALL_TIMEOUT_MINUTES (${duration(this.config.rebuildStallTimeoutMs)}); its tables were dropped and the live projections are unchanged`,
      );
    }
  }

  /** Sets a running status unless an abort has been asked for (then `aborting` stays until it ends). */
  private setStatus(job: RebuildJob, status: 'replaying' | 'catching-up'): void {
    if (job.status !== 'aborting') job.status = status;
  }

  /** The stalled partitions of the running rebuild in one line, or null (for /health). */
  stalledSummary(): string | null {
    if (!this.job || !this.isRunning() || !this.job.stalled) return null;
    return describeStalled(this.job.partitions);
  }
}
