import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Activity } from '../domain/activity';

const COLUMNS = `id, unit, kind, held_at, subject, sequence, created_at, updated_at`;

type Row = Record<string, any>;

/** The list's order and cursor: heldAt, then id. */
export const ACTIVITY_KEY: readonly KeyColumn[] = [
  { sql: 'held_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const toActivity = (r: Row): Activity => ({ id: r.id, unit: r.unit, kind: r.kind, heldAt: r.held_at, subject: r.subject, sequence: r.sequence, createdAt: r.created_at, updatedAt: r.updated_at });

export interface ActivityFilter {
  unit?: string;
  kind?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
}

/** Activities in legal_education.activities. */
@Injectable()
export class ActivityRepository implements CaseTable<Activity> {
  readonly entity = 'activity';
  readonly table = 'legal_education.activities';

  insertValues(x: Activity): ColumnValues {
    return { id: x.id, unit: x.unit, kind: x.kind, held_at: x.heldAt, subject: x.subject, ...this.updateValues(x), created_at: x.createdAt };
  }

  updateValues(x: Activity): ColumnValues {
    return { sequence: x.sequence, updated_at: x.updatedAt };
  }

  find(em: EntityManager, id: string): Promise<Activity | null> {
    return this.findById(em, id);
  }

  async findById(em: EntityManager, id: string): Promise<Activity | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM legal_education.activities WHERE id = $1`, [id]);
    return rows.length ? toActivity(rows[0]) : null;
  }

  /** A page ordered by heldAt then id, filtered; keyset-paged by cursor. */
  async list(em: EntityManager, f: ActivityFilter): Promise<Page<Activity>> {
    const where = new SqlWhere();
    if (f.unit) where.add('unit = ?', f.unit);
    if (f.kind) where.add('kind = ?', f.kind);
    if (f.from) where.add('held_at >= ?', f.from);
    if (f.to) where.add('held_at < ?', f.to);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'legal_education.activities', where, key: ACTIVITY_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toActivity), nextCursor: page.nextCursor };
  }
}
