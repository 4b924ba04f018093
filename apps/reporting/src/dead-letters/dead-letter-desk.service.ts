import { DeadLetterKind, DeadLetterReplay, DeadLetterValueNotKeptError, ReplayOutcome, ReplayResult } from '@casetrack/messaging';
import { DomainError, KeyColumn, keysetPage, NotFoundError, Page, SqlWhere } from '@casetrack/platform';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { REPORTING_CONFIG, ReportingConfig } from '../config';
import { ConsumerMetrics } from '../metrics/consumer-metrics';
import { ReportingConsumer } from '../projections/reporting-consumer';
import { RebuildService } from '../rebuild/rebuild.service';
import { DeadLetterDetailView, DeadLetterStatus, DeadLetterView, ReplayAllView, ReplayView } from './dead-letter.view';
import { maskKey, maskMessage } from './mask-message';

/** The desk's order: oldest first, by the number each dead letter gets when recorded. */
const DEAD_LETTER_KEY: readonly KeyColumn[] = [{ sql: 'id', part: { kind: 'integer', min: 1 } }];

const COLUMNS = `id::text AS id, kind, reason, first_reason, topic, partition, "offset"::text AS "offset", group_id, recorded_at, message_timestamp,
  value_kept, replays, replayed_at, replay_outcome, resolved_at`;

interface Row {
  id: string;
  kind: DeadLetterKind;
  reason: string;
  first_reason: string;
  topic: string;
  partition: number;
  offset: string;
  group_id: string;
  recorded_at: Date;
  message_timestamp: Date | null;
  value_kept: boolean;
  replays: number;
  replayed_at: Date | null;
  replay_outcome: ReplayOutcome | null;
  resolved_at: Date | null;
}

export interface DeadLetterSelection {
  reason?: DeadLetterKind;
  topic?: string;
  status?: DeadLetterStatus;
}

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

function toView(r: Row): DeadLetterView {
  return {
    id: r.id, kind: r.kind, reason: r.reason, firstReason: r.first_reason, topic: r.topic, partition: r.partition, offset: r.offset, groupId: r.group_id,
    recordedAt: r.recorded_at.toISOString(), messageTimestamp: iso(r.message_timestamp), status: r.resolved_at === null ? 'open' : 'resolved', valueKept: r.value_kept,
    replays: r.replays, replayedAt: iso(r.replayed_at), replayOutcome: r.replay_outcome, resolvedAt: iso(r.resolved_at),
  };
}

function whereOf(f: DeadLetterSelection): SqlWhere {
  const where = new SqlWhere();
  if (f.reason) where.add('kind = ?', f.reason);
  if (f.topic) where.add('topic = ?', f.topic);
  if (f.status === 'open') where.add('resolved_at IS NULL');
  if (f.status === 'resolved') where.add('resolved_at IS NOT NULL');
  return where;
}

/**
 * The admin's dead-letter desk over the live schema's dead_letters: lists and shows them (the
 * message with personal data masked) and replays them through the live consumer's exactly-once
 * path (DeadLetterReplay), one or every open one. Replays are refused while a rebuild runs (its
 * schema would not see them); after a rebuild's switch, the dead letters that had been replayed
 * into the retired projections are replayed into the rebuilt ones, so the figures keep them.
 */
@Injectable()
export class DeadLetterDesk implements OnModuleInit {
  private readonly logger = new Logger('dead-letter-desk');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(REPORTING_CONFIG) private readonly config: ReportingConfig,
    private readonly live: ReportingConsumer,
    private readonly rebuilds: RebuildService,
    private readonly metrics: ConsumerMetrics,
  ) {}

  onModuleInit(): void {
    this.rebuilds.onSwitched((retired) => this.carryOver(retired));
  }

  private get table() {
    return `"${this.config.schema}".dead_letters`;
  }

  /** One page of dead letters, oldest first, filtered by reason, topic and status. */
  async list(filter: DeadLetterSelection, page: { limit: number; cursor?: string }): Promise<Page<DeadLetterView>> {
    const rows = await keysetPage<Row & Record<string, unknown>>(this.dataSource, { select: COLUMNS, from: this.table, where: whereOf(filter), key: DEAD_LETTER_KEY, ...page });
    return { items: rows.rows.map(toView), nextCursor: rows.nextCursor };
  }

  /** One dead letter with its message masked; 404 when there is none with this id. */
  async get(id: string): Promise<DeadLetterDetailView> {
    const [row]: (Row & { message_key: Buffer | null; message_value: Buffer | null })[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, message_key, message_value FROM ${this.table} WHERE id = $1`,
      [id],
    );
    if (!row) throw new NotFoundError('dead_letter', id);
    return { ...toView(row), key: row.message_key === null ? null : maskKey(row.message_key), message: row.value_kept ? maskMessage(row.message_value) : null };
  }

  /** Replays one dead letter; 404 when there is none, 409 while a rebuild runs or when its message was not kept. */
  async replay(id: string): Promise<ReplayView> {
    this.refuseDuringRebuild();
    const result = await this.replayOne(id);
    if (!result) throw new NotFoundError('dead_letter', id);
    return result;
  }

  /**
   * Replays the open dead letters matching `filter` (whose message was kept), oldest first, at
   * most `limit`, each in a transaction of its own; says what each did and how many are left.
   */
  async replayAll(filter: Omit<DeadLetterSelection, 'status'>, limit: number): Promise<ReplayAllView> {
    this.refuseDuringRebuild();
    const where = whereOf({ ...filter, status: 'open' }).add('value_kept');
    const ids: { id: string }[] = await this.dataSource.query(`SELECT id::text AS id FROM ${this.table} ${where.sql} ORDER BY id LIMIT ${Number(limit) + 1}`, where.params);
    const results: ReplayView[] = [];
    for (const { id } of ids.slice(0, limit)) {
      const r = await this.replayOne(id);
      if (r) results.push(r);
    }
    let remaining = 0;
    if (ids.length > limit) {
      const rest = whereOf({ ...filter, status: 'open' }).add('value_kept').add('id > ?', ids[limit - 1].id);
      [{ remaining }] = await this.dataSource.query(`SELECT count(*)::int AS remaining FROM ${this.table} ${rest.sql}`, rest.params);
    }
    const count = (o: ReplayOutcome) => results.filter((r) => r.outcome === o).length;
    return { replayed: results.length, applied: count('applied'), alreadyApplied: count('already-applied'), deadLettered: count('dead-lettered'), remaining, results };
  }

  private async replayOne(id: string): Promise<ReplayView | null> {
    let result: ReplayResult | null;
    try {
      result = await new DeadLetterReplay({ dataSource: this.dataSource, schema: this.config.schema, projection: this.live.projection, groupId: this.live.groupId }).replay(id);
    } catch (err) {
      if (err instanceof DeadLetterValueNotKeptError) throw new DomainError('DEAD_LETTER.VALUE_NOT_KEPT', err.message, 'conflict', { id });
      throw err;
    }
    if (!result) return null;
    this.metrics.replays.inc({ outcome: result.outcome });
    const [row]: Row[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM ${this.table} WHERE id = $1`, [id]);
    return { outcome: result.outcome, deadLetter: toView(row) };
  }

  private refuseDuringRebuild(): void {
    const job = this.rebuilds.current();
    if (this.rebuilds.isRunning())
      throw new DomainError(
        'DEAD_LETTER.REBUILD_RUNNING',
        `a rebuild is running (status ${job?.status}): replay after it, so the rebuilt projections get the replayed events too`,
        'conflict',
        { status: job?.status ?? null },
      );
  }

  /**
   * After a switch: the rebuild read every message again and dead-lettered the same ones into its
   * own table. Those that had been replayed into the retired projections (applied or found applied)
   * are replayed into the rebuilt ones, so a rebuild keeps every figure a replay had added.
   */
  private async carryOver(retired: string): Promise<void> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT d.id::text AS id FROM ${this.table} d
        WHERE d.resolved_at IS NULL AND d.value_kept AND EXISTS (
          SELECT 1 FROM "${retired}".dead_letters r
           WHERE r.topic = d.topic AND r.partition = d.partition AND r."offset" = d."offset" AND r.resolved_at IS NOT NULL)
        ORDER BY d.id`,
    );
    let applied = 0;
    for (const { id } of rows) if ((await this.replayOne(id))?.outcome === 'applied') applied++;
    if (rows.length > 0) this.logger.log(`replayed ${rows.length} dead letter(s) that had been replayed before the rebuild; ${applied} applied`);
  }
}
