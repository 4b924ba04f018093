import { KAFKA, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { toSafeInteger } from '@casetrack/persistence';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Admin, Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { REPORT_AREAS, ReportArea } from '../projections/report-area';
import { ReportingConsumer } from '../projections/reporting-consumer';

type Json = Record<string, unknown>;

/** Assembles the annual report from every area, with freshness (asOf) and the consumer lag. */
@Injectable()
export class AnnualReportService implements OnApplicationShutdown {
  private admin?: Admin;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(REPORT_AREAS) private readonly areas: ReportArea[],
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(KAFKA) private readonly kafka: Kafka,
    // Its group: after a rebuild, the rebuild's, not REPORTING_GROUP_ID.
    private readonly consumer: ReportingConsumer,
  ) {}

  /** Every section of a district's year, read in one snapshot so the figures agree with each other. */
  async sections(year: number, district: string): Promise<Json> {
    const timeZone = this.config.timeZone;
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const sections: Json = {};
      for (const area of this.areas) sections[area.sectionKey] = await area.section(em, { district, year, timeZone });
      return sections;
    });
  }

  /** Time of the last applied event (ISO), or null before any. */
  async asOf(): Promise<string | null> {
    const [{ as_of }] = await this.dataSource.query(`SELECT max(last_event_at) AS as_of FROM consumer_offsets WHERE group_id = $1`, [
      this.consumer.groupId,
    ]);
    return as_of ? new Date(as_of).toISOString() : null;
  }

  /**
   * Events on each topic not yet applied by this service's consumer group: the topic's end
   * offsets minus the positions recorded with the applied batches. Null when Kafka cannot be asked.
   */
  async consumerLag(): Promise<Record<string, number> | null> {
    const topics = [...new Set(this.areas.map((a) => a.projection.topic))];
    try {
      if (!this.admin) {
        const admin = this.kafka.admin({ retry: { retries: 0 } });
        await admin.connect();
        this.admin = admin;
      }
      const rows: { topic: string; partition: number; next_offset: string }[] = await this.dataSource.query(
        `SELECT topic, partition, next_offset FROM consumer_offsets WHERE group_id = $1`,
        [this.consumer.groupId],
      );
      const applied = new Map(rows.map((r) => [`${r.topic}/${r.partition}`, toSafeInteger(r.next_offset)]));
      const lag: Record<string, number> = {};
      for (const topic of topics) {
        const offsets = await withTimeout(this.admin.fetchTopicOffsets(topic), 2_000);
        lag[topic] = offsets.reduce((sum, p) => sum + Math.max(0, Number(p.high) - (applied.get(`${topic}/${p.partition}`) ?? Number(p.low))), 0);
      }
      return lag;
    } catch {
      const stale = this.admin;
      this.admin = undefined;
      await stale?.disconnect().catch(() => undefined);
      return null;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.admin?.disconnect().catch(() => undefined);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), ms))),
  ]);
}

/**
 * Beside every figure of `current`, the other year's value and the change: the same tree shape,
 * each numeric leaf replaced by `{ value, other, change }` (rates compare their `value`). A null
 * on either side (no median; an amount past 2^53, whose number is null) has no change; an
 * amount's exact text (`benefitFenText`) changes by exact text.
 */
export function compareSections(current: Json, other: Json): Json {
  const walk = (a: unknown, b: unknown, key: string): unknown => {
    if (isRate(a) || isRate(b)) {
      const x = isRate(a) ? a.value : null;
      const y = isRate(b) ? b.value : null;
      return { value: x, other: y, change: x !== null && y !== null ? Math.round((x - y) * 10_000) / 10_000 : null };
    }
    if (typeof a === 'number' || typeof b === 'number') {
      if (a === null || b === null) return { value: a ?? null, other: b ?? null, change: null };
      const x = typeof a === 'number' ? a : 0;
      const y = typeof b === 'number' ? b : 0;
      return { value: x, other: y, change: x - y };
    }
    if (key.endsWith('FenText') && (isIntegerText(a) || isIntegerText(b))) {
      const x = isIntegerText(a) ? a : '0';
      const y = isIntegerText(b) ? b : '0';
      return { value: x, other: y, change: (BigInt(x) - BigInt(y)).toString() };
    }
    if (isObject(a) || isObject(b)) {
      const ao = isObject(a) ? a : {};
      const bo = isObject(b) ? b : {};
      const out: Json = {};
      for (const k of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
        const v = walk(ao[k], bo[k], k);
        if (v !== undefined) out[k] = v;
      }
      return out;
    }
    return undefined; // other text figures (e.g. benefitYuan) have no arithmetic change
  };
  return walk(current, other, '') as Json;
}

const isIntegerText = (v: unknown): v is string => typeof v === 'string' && /^-?\d+$/.test(v);
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const isRate = (v: unknown): v is { value: number } => isObject(v) && 'numerator' in v && 'denominator' in v && typeof v.value === 'number';
