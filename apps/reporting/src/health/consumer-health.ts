import { HEALTH_CHECKS, HealthCheck, HealthCheckFailure, KAFKA } from '@casetrack/platform';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Admin, Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { REPORTING_CONFIG, ReportingConfig } from '../config';
import { describeStalled, fetchEndOffsets, lagByTopic, PartitionProgress, ProgressTracker, recordedPositions } from '../projections/partition-progress';
import { ReportingConsumer } from '../projections/reporting-consumer';
import { duration } from '../rebuild/rebuild-job';
import { RebuildService } from '../rebuild/rebuild.service';

/**
 * Adds two checks to GET /health. `live-consumer` is down (503) when a partition has events
 * waiting and the live consumer has not moved on it for REPORTING_STALL_SECONDS: the figures are
 * going stale and nothing else would say so. `rebuild` is degraded (still 200) when a running
 * rebuild has stalled: the live figures still serve, an operator should look. The live consumer's
 * progress is sampled in the background, so a stall is seen whether or not anything asks.
 */
@Injectable()
export class ConsumerHealth implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('reporting-health');
  private admin?: Admin;
  private timer?: NodeJS.Timeout;
  private sampling?: Promise<void>;
  private tracked?: { groupId: string; tracker: ProgressTracker };
  private last?: { at: number; progress: PartitionProgress[] } | { at: number; error: string };

  constructor(
    @Inject(HEALTH_CHECKS) private readonly checks: HealthCheck[],
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(REPORTING_CONFIG) private readonly config: ReportingConfig,
    private readonly dataSource: DataSource,
    private readonly live: ReportingConsumer,
    private readonly rebuilds: RebuildService,
  ) {}

  onApplicationBootstrap(): void {
    this.checks.push({ name: 'live-consumer', check: async () => this.liveCheck() }, { name: 'rebuild', check: async () => this.rebuildCheck() });
    const every = Math.max(500, Math.min(5_000, Math.floor(this.config.stallAfterMs / 4)));
    this.timer = setInterval(() => void (this.sampling ??= this.sample().finally(() => (this.sampling = undefined))), every);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sampling;
    await this.admin?.disconnect().catch(() => undefined);
  }

  private async sample(): Promise<void> {
    const groupId = this.live.groupId;
    // A switch to the rebuilt group starts a fresh history: its positions are another group's.
    if (this.tracked?.groupId !== groupId) this.tracked = { groupId, tracker: new ProgressTracker(this.config.stallAfterMs) };
    try {
      if (!this.admin) {
        const admin = this.kafka.admin({ retry: { retries: 0 } });
        await admin.connect();
        this.admin = admin;
      }
      const ends = await fetchEndOffsets(this.admin, this.live.projection.topics);
      const positions = await recordedPositions(this.dataSource, this.config.schema, groupId);
      this.last = { at: Date.now(), progress: this.tracked.tracker.observe(ends, positions, Date.now()) };
    } catch (err) {
      // Kafka or the database away: their own checks say so; this one cannot tell.
      this.last = { at: Date.now(), error: (err as Error).message };
      const stale = this.admin;
      this.admin = undefined;
      await stale?.disconnect().catch(() => undefined);
    }
  }

  private liveCheck() {
    const base = { groupId: this.live.groupId, ...(this.live.stoppedSince ? { stoppedForRebuildSince: new Date(this.live.stoppedSince).toISOString() } : {}) };
    if (!this.last) return { detail: { ...base, sampledAt: null } };
    const sampledAt = new Date(this.last.at).toISOString();
    if ('error' in this.last) return { detail: { ...base, sampledAt, unknown: this.last.error } };
    const lag = lagByTopic(this.last.progress);
    const stalled = this.last.progress.filter((p) => p.stalled);
    if (stalled.length === 0) return { detail: { ...base, sampledAt, lag } };
    const stoppedFor = this.live.stoppedSince === null ? null : Date.now() - this.live.stoppedSince;
    // A rebuild's final catch-up holds it still on purpose, for REBUILD_CATCH_UP_SECONDS at most.
    if (stoppedFor !== null && stoppedFor <= this.config.rebuildCatchUpMs + 5_000)
      return { degraded: `the live consumer stands still for a rebuild's final catch-up (at most ${duration(this.config.rebuildCatchUpMs)})`, detail: { ...base, sampledAt, lag } };
    const message = `the live consumer has not moved on ${describeStalled(stalled)} while events wait (longer than REPORTING_STALL_SECONDS, ${duration(this.config.stallAfterMs)}): the figures are going stale`;
    this.logger.warn(message);
    throw new HealthCheckFailure(message, { ...base, sampledAt, lag, stalled });
  }

  private rebuildCheck() {
    const job = this.rebuilds.current();
    if (!job || !this.rebuilds.isRunning()) return { detail: { running: false, ...(job ? { last: { id: job.id, status: job.status } } : {}) } };
    const detail = { running: true, id: job.id, rebuildStatus: job.status, startedAt: job.startedAt, lastProgressAt: job.lastProgressAt, lag: job.lag };
    const stalled = this.rebuilds.stalledSummary();
    if (stalled === null) return { detail };
    return {
      degraded: `the rebuild ${job.id} is stalled: no progress on ${stalled}; the live figures still serve (abort it, or it times out after REBUILD_STALL_TIMEOUT_MINUTES)`,
      detail: { ...detail, stalled: job.partitions.filter((p) => p.stalled) },
    };
  }
}
