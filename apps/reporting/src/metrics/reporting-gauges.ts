import { toSafeInteger } from '@casetrack/persistence';
import { KAFKA, ServiceMetrics } from '@casetrack/platform';
import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Admin, Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { REPORTING_CONFIG, ReportingConfig } from '../config';
import { fetchEndOffsets, recordedPositions } from '../projections/partition-progress';
import { ReportingConsumer } from '../projections/reporting-consumer';

/**
 * The reporting service's gauges, read on scrape: the live consumer's lag per topic-partition
 * (the partition's end offset minus the position recorded with the applied batches, as the
 * tests' settled() and /health compute it), the time of the last applied event (the report's
 * asOf), and the dead letters still open on the desk, by reason.
 */
@Injectable()
export class ReportingGauges implements OnModuleInit, OnApplicationShutdown {
  private admin?: Promise<Admin>;

  constructor(
    private readonly metrics: ServiceMetrics,
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly dataSource: DataSource,
    @Inject(REPORTING_CONFIG) private readonly config: ReportingConfig,
    private readonly live: ReportingConsumer,
  ) {}

  onModuleInit(): void {
    const schema = this.config.schema;
    this.metrics.scrapedGauge(
      { name: 'casetrack_consumer_lag_events', help: 'Events on a topic-partition the live consumer has not applied yet (end offset minus its recorded position)', labelNames: ['topic', 'partition'] },
      async (g) => {
        const ends = await this.endOffsets();
        const positions = await recordedPositions(this.dataSource, schema, this.live.groupId);
        for (const [topic, partitions] of ends)
          for (const p of partitions) g.set({ topic, partition: String(p.partition) }, Math.max(0, p.high - (positions.get(`${topic}/${p.partition}`) ?? p.low)));
      },
    );
    this.metrics.scrapedGauge(
      { name: 'casetrack_consumer_last_event_timestamp_seconds', help: 'occurredAt of the latest event the live consumer applied (the report’s asOf), as Unix seconds; absent before the first' },
      async (g) => {
        const [row]: { at: string | null }[] = await this.dataSource.query(
          `SELECT extract(epoch FROM max(last_event_at))::float8 AS at FROM "${schema}".consumer_offsets WHERE group_id = $1`,
          [this.live.groupId],
        );
        if (row?.at !== null && row?.at !== undefined) g.set(Number(row.at));
      },
    );
    this.metrics.scrapedGauge(
      { name: 'casetrack_dead_letters_open', help: 'Dead letters on the desk not yet resolved by a replay, by reason', labelNames: ['reason'] },
      async (g) => {
        const rows: { kind: string; n: string }[] = await this.dataSource.query(`SELECT kind, count(*) AS n FROM "${schema}".dead_letters WHERE resolved_at IS NULL GROUP BY kind`);
        for (const r of rows) g.set({ reason: r.kind }, toSafeInteger(r.n));
      },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    const admin = await this.admin?.catch(() => undefined);
    await admin?.disconnect().catch(() => undefined);
  }

  /** The end offsets of the live topics, over one admin connection kept between scrapes (dropped when it fails). */
  private async endOffsets() {
    this.admin ??= (async () => {
      const admin = this.kafka.admin({ retry: { retries: 0 } });
      await admin.connect();
      return admin;
    })();
    const pending = this.admin;
    try {
      return await fetchEndOffsets(await pending, this.live.projection.topics);
    } catch (err) {
      if (this.admin === pending) this.admin = undefined;
      void pending.then((a) => a.disconnect()).catch(() => undefined);
      throw err;
    }
  }
}
