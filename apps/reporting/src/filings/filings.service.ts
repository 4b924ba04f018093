import { toSafeInteger } from '@casetrack/persistence';
import { CommandResponse, currentActor, IdempotencyStore, KeyColumn, keysetPage, NotFoundError, Page, SERVICE_CONFIG, ServiceConfig, SqlWhere } from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { REPORT_AREAS, ReportArea } from '../projections/report-area';
import { FILINGS_LOCK } from '../rebuild/schema-switch';
import { ChangeEvent, changedPaths, compareWithFiling } from './figure-comparison';

type Json = Record<string, unknown>;
/** Topic → partition → the next offset to apply: the position the figures were computed at. */
export type TopicOffsets = Record<string, Record<string, number>>;

/** A filed report as the API shows it. */
export interface Filing {
  district: string;
  year: number;
  n: number;
  filedAt: string;
  note: string | null;
  offsets: TopicOffsets;
  figures?: Json;
}

interface FilingRow {
  district: string;
  year: number;
  n: number;
  filed_at: Date;
  note: string | null;
  offsets: TopicOffsets;
  figures?: Json;
}

/** The filings list's order and cursor: the filing number. */
export const FILING_KEY: readonly KeyColumn[] = [{ sql: 'n', part: { kind: 'integer', min: 1, max: 2_147_483_647 } }];

/**
 * The order of the events since a filing, and their cursor: when applied, then where they were read
 * (events applied in one batch share applied_at; a correction journalled outside Kafka has no topic), then the id.
 */
export const CHANGE_KEY: readonly KeyColumn[] = [
  { sql: 'applied_at', part: { kind: 'timestamp' } },
  { sql: `coalesce(topic, '')`, part: { kind: 'text', maxLength: 300 }, bytewise: true },
  { sql: 'coalesce(partition, -1)', part: { kind: 'integer', min: -1, max: 2_147_483_647 } },
  { sql: 'coalesce("offset", -1)', part: { kind: 'integer', min: -1 } },
  { sql: 'event_id', part: { kind: 'uuid' } },
];

const toFiling = (r: FilingRow): Filing => ({
  district: r.district, year: r.year, n: r.n, filedAt: r.filed_at.toISOString(), note: r.note, offsets: r.offsets, ...(r.figures ? { figures: r.figures } : {}),
});

/**
 * Files a district's annual report (its figures and the topic positions they were computed at, from
 * one snapshot), lists the filings, and sets a filing beside the figures now with the events applied
 * since: those journalled at or after the filed position of their topic partition.
 */
@Injectable()
export class FilingsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REPORT_AREAS) private readonly areas: ReportArea[],
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    private readonly idempotency: IdempotencyStore,
  ) {}

  /** Freezes the report as filing n+1 of the district's year; a retry with the same Idempotency-Key answers the first filing. */
  file(year: number, district: string, note: string | undefined, idempotencyKey: string | undefined, body: unknown): Promise<CommandResponse<Filing>> {
    return this.dataSource.transaction(async (em) => {
      // First statement: a rebuild's switch waits for this filing, or this filing for the switch to finish.
      await em.query(`SELECT pg_advisory_xact_lock_shared(hashtext($1))`, [FILINGS_LOCK]);
      return this.idempotency.run(em, `POST /v1/reports/annual/:year/filings ${district} ${year}`, idempotencyKey, body, async () => {
        const { figures, offsets } = await this.snapshot(year, district, async () => ({}));
        // Numbered under a lock on the district's year, so two filings at once get 1 and 2, never a clash.
        await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`casetrack.filing.${district}.${year}`]);
        const [{ n }] = await em.query(`SELECT coalesce(max(n), 0) + 1 AS n FROM filings WHERE district = $1 AND year = $2`, [district, year]);
        const [row]: FilingRow[] = await em.query(
          `INSERT INTO filings (district, year, n, filed_at, figures, offsets, note, actor_id) VALUES ($1, $2, $3, now(), $4, $5, $6, $7)
           RETURNING district, year, n, filed_at, note, offsets, figures`,
          [district, year, n, JSON.stringify(figures), JSON.stringify(offsets), note ?? null, currentActor()?.id ?? null],
        );
        return { status: 201, body: toFiling(row) };
      });
    });
  }

  /** A page of the filings of a district's year, oldest first, without their figures. */
  async list(year: number, district: string, page: { limit: number; cursor?: string }): Promise<Page<Filing>> {
    const where = new SqlWhere().add('district = ? AND year = ?', district, year);
    const rows = await keysetPage<FilingRow & Record<string, unknown>>(this.dataSource, {
      select: 'district, year, n, filed_at, note, offsets', from: 'filings', where, key: FILING_KEY, ...page,
    });
    return { items: rows.rows.map(toFiling), nextCursor: rows.nextCursor };
  }

  /** One filing with its figures; 404 when the district's year has no filing n. */
  async get(year: number, district: string, n: number, em: EntityManager = this.dataSource.manager): Promise<Filing> {
    const [row]: FilingRow[] = await em.query(
      `SELECT district, year, n, filed_at, note, offsets, figures FROM filings WHERE district = $1 AND year = $2 AND n = $3`,
      [district, year, n],
    );
    if (!row) throw new NotFoundError('filing', `${n} of ${district} ${year}`);
    return toFiling(row);
  }

  /**
   * Every figure of filing n as filed and as now, whether it changed and which events since the
   * filing touched it, and one page of those events (in the order they were applied; nextCursor pages on).
   */
  async against(year: number, district: string, n: number, page: { limit: number; cursor?: string }) {
    const filing = await this.get(year, district, n);
    const { figures, extra } = await this.snapshot(year, district, async (em) => ({
      touching: await this.changesSince(em, year, district, filing.offsets),
      events: await this.eventsSince(em, year, district, filing.offsets, page),
    }));
    const compared = compareWithFiling(filing.figures!, figures, extra.touching);
    const against = { n: filing.n, filedAt: filing.filedAt, note: filing.note, offsets: filing.offsets };
    return {
      district, year, timeZone: this.config.timeZone, against, changed: changedPaths(compared), figures: compared,
      eventsSinceFiling: extra.events.items, nextCursor: extra.events.nextCursor,
    };
  }

  /** Every section, the topic positions they reflect and `extra`, read in one snapshot. */
  private snapshot<T>(year: number, district: string, extra: (em: EntityManager) => Promise<T>) {
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const figures: Json = {};
      for (const area of this.areas) figures[area.sectionKey] = await area.section(em, { district, year, timeZone: this.config.timeZone });
      const topics = [...new Set(this.areas.map((a) => a.projection.topic))];
      // Every group's position: they all apply into the one inbox, so the events applied are, per
      // partition, those before the furthest position (one group in production; several in tests).
      const rows: { topic: string; partition: number; next_offset: string }[] = await em.query(
        `SELECT topic, partition, max(next_offset) AS next_offset FROM consumer_offsets WHERE topic = ANY($1::text[]) GROUP BY topic, partition ORDER BY topic, partition`,
        [topics],
      );
      const offsets: TopicOffsets = {};
      for (const r of rows) (offsets[r.topic] ??= {})[String(r.partition)] = toSafeInteger(r.next_offset);
      return { figures, offsets, extra: await extra(em) };
    });
  }

  /** Journalled events of the district's year read at or after the filed position of their partition. */
  private sinceFiling(year: number, district: string, offsets: TopicOffsets): SqlWhere {
    return new SqlWhere()
      .add('district = ? AND year = ?', district, year)
      .add(`topic IS NULL OR "offset" >= coalesce((?::jsonb -> topic ->> partition::text)::bigint, 0)`, JSON.stringify(offsets));
  }

  /** What each event since the filing changed (ids and counts only): the figures name the events that touched them. */
  private async changesSince(em: EntityManager, year: number, district: string, offsets: TopicOffsets): Promise<ChangeEvent[]> {
    const where = this.sinceFiling(year, district, offsets);
    const rows: Record<string, any>[] = await em.query(`SELECT event_id, event_type, case_id, area, changes FROM figure_changes ${where.sql}`, where.params);
    return rows.map((r) => ({ eventId: r.event_id, type: r.event_type, caseId: r.case_id, area: r.area, changes: r.changes }));
  }

  /** One page of the events since the filing, in the order they were applied. */
  private async eventsSince(em: EntityManager, year: number, district: string, offsets: TopicOffsets, page: { limit: number; cursor?: string }): Promise<Page<ChangeEvent & Json>> {
    const rows = await keysetPage<Record<string, any>>(em, {
      select: 'event_id, event_type, case_id, area, changes, topic, partition, "offset", applied_at',
      from: 'figure_changes',
      where: this.sinceFiling(year, district, offsets),
      key: CHANGE_KEY,
      ...page,
    });
    return {
      items: rows.rows.map((r) => ({
        eventId: r.event_id, type: r.event_type, caseId: r.case_id, area: r.area, changes: r.changes,
        topic: r.topic, partition: r.partition, offset: r.offset === null ? null : toSafeInteger(r.offset), appliedAt: new Date(r.applied_at).toISOString(),
      })),
      nextCursor: rows.nextCursor,
    };
  }
}
