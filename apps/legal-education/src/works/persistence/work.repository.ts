import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Work } from '../domain/work';

const COLUMNS = `id, title, kind, series, released_at, status, award_level, award_rank, awarded_at, sequence, created_at, updated_at`;

type Row = Record<string, any>;

/** The works list's order and cursor: release, then id. */
export const WORK_KEY: readonly KeyColumn[] = [
  { sql: 'released_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const toWork = (r: Row): Work => ({
  id: r.id, title: r.title, kind: r.kind, series: r.series, releasedAt: r.released_at, status: r.status, awardLevel: r.award_level, awardRank: r.award_rank,
  awardedAt: r.awarded_at, sequence: r.sequence, createdAt: r.created_at, updatedAt: r.updated_at,
});

/** Publicity works in legal_education.works. */
@Injectable()
export class WorkRepository implements CaseTable<Work> {
  readonly entity = 'work';
  readonly table = 'legal_education.works';

  insertValues(w: Work): ColumnValues {
    return { id: w.id, title: w.title, kind: w.kind, series: w.series, released_at: w.releasedAt, ...this.updateValues(w), created_at: w.createdAt };
  }

  updateValues(w: Work): ColumnValues {
    return { status: w.status, award_level: w.awardLevel, award_rank: w.awardRank, awarded_at: w.awardedAt, sequence: w.sequence, updated_at: w.updatedAt };
  }

  find(em: EntityManager, id: string): Promise<Work | null> {
    return this.findById(em, id);
  }

  async findById(em: EntityManager, id: string): Promise<Work | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM legal_education.works WHERE id = $1`, [id]);
    return rows.length ? toWork(rows[0]) : null;
  }

  /** A page of works ordered by releasedAt then id, by status; keyset-paged by cursor. */
  async list(em: EntityManager, f: { status?: string; limit: number; cursor?: string }): Promise<Page<Work>> {
    const where = new SqlWhere();
    if (f.status) where.add('status = ?', f.status);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'legal_education.works', where, key: WORK_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toWork), nextCursor: page.nextCursor };
  }
}
