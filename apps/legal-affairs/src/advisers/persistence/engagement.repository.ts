import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, RowInsert, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Engagement, WorkRecord } from '../domain/engagement';

const COLUMNS = `id, unit, adviser, adviser_kind, started_at, status, ended_at, work_record_count, last_work_at, sequence, created_at, updated_at`;
const WORK_COLUMNS = `id, engagement_id, kind, performed_at, created_at`;

type Row = Record<string, any>;

/** The engagements list's order and cursor: start, then id. */
export const ENGAGEMENT_KEY: readonly KeyColumn[] = [
  { sql: 'started_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const toEngagement = (r: Row): Engagement => ({
  id: r.id,
  unit: r.unit,
  adviser: r.adviser,
  adviserKind: r.adviser_kind,
  startedAt: r.started_at,
  status: r.status,
  endedAt: r.ended_at,
  workRecordCount: r.work_record_count,
  lastWorkAt: r.last_work_at,
  sequence: r.sequence,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toWork = (r: Row): WorkRecord => ({ id: r.id, engagementId: r.engagement_id, kind: r.kind, performedAt: r.performed_at, createdAt: r.created_at });

export interface EngagementFilter {
  status?: string;
  unit?: string;
  limit: number;
  cursor?: string;
}

/** Engagements in legal_affairs.engagements and their work records in legal_affairs.work_records. */
@Injectable()
export class EngagementRepository implements CaseTable<Engagement> {
  readonly entity = 'engagement';
  readonly table = 'legal_affairs.engagements';

  insertValues(e: Engagement): ColumnValues {
    return { id: e.id, unit: e.unit, adviser: e.adviser, adviser_kind: e.adviserKind, started_at: e.startedAt, ...this.updateValues(e), created_at: e.createdAt };
  }

  /** The columns a work record or the end writes, and the new sequence. */
  updateValues(e: Engagement): ColumnValues {
    return { status: e.status, ended_at: e.endedAt, work_record_count: e.workRecordCount, last_work_at: e.lastWorkAt, sequence: e.sequence, updated_at: e.updatedAt };
  }

  /** What find reads, for the command runner's read of a case with its Idempotency-Key. */
  readonly columns = COLUMNS;

  fromRow(r: Row): Engagement {
    return toEngagement(r);
  }

  find(em: EntityManager, id: string): Promise<Engagement | null> {
    return this.findById(em, id);
  }

  /** A work record's row, written with the engagement's change. */
  workRow(w: WorkRecord): RowInsert {
    return {
      table: 'legal_affairs.work_records',
      values: { id: w.id, engagement_id: w.engagementId, kind: w.kind, performed_at: w.performedAt, created_at: w.createdAt },
    };
  }

  async findById(em: EntityManager, id: string): Promise<Engagement | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM legal_affairs.engagements WHERE id = $1`, [id]);
    return rows.length ? toEngagement(rows[0]) : null;
  }

  /** The work records of an engagement, in the order the work was done. */
  async workOf(em: EntityManager, engagementId: string): Promise<WorkRecord[]> {
    const rows: Row[] = await em.query(`SELECT ${WORK_COLUMNS} FROM legal_affairs.work_records WHERE engagement_id = $1 ORDER BY performed_at, id`, [engagementId]);
    return rows.map(toWork);
  }

  /** A page of engagements ordered by startedAt then id, filtered; keyset-paged by cursor. */
  async list(em: EntityManager, f: EngagementFilter): Promise<Page<Engagement>> {
    const where = new SqlWhere();
    if (f.status) where.add('status = ?', f.status);
    if (f.unit) where.add('unit = ?', f.unit);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'legal_affairs.engagements', where, key: ENGAGEMENT_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toEngagement), nextCursor: page.nextCursor };
  }
}
