import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CoordinationGroup } from '../domain/coordination-group';

const COLUMNS = `id, field, name, established_at, status, dissolved_at, sequence, created_at, updated_at`;

type Row = Record<string, any>;

/** The groups list's order and cursor: establishment, then id. */
export const GROUP_KEY: readonly KeyColumn[] = [
  { sql: 'established_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const toGroup = (r: Row): CoordinationGroup => ({
  id: r.id, field: r.field, name: r.name, establishedAt: r.established_at, status: r.status, dissolvedAt: r.dissolved_at,
  sequence: r.sequence, createdAt: r.created_at, updatedAt: r.updated_at,
});

export interface GroupFilter {
  status?: string;
  field?: string;
  limit: number;
  cursor?: string;
}

/** Coordination groups in legal_affairs.coordination_groups. */
@Injectable()
export class CoordinationGroupRepository implements CaseTable<CoordinationGroup> {
  readonly entity = 'group';
  readonly table = 'legal_affairs.coordination_groups';

  insertValues(g: CoordinationGroup): ColumnValues {
    return { id: g.id, field: g.field, name: g.name, established_at: g.establishedAt, ...this.updateValues(g), created_at: g.createdAt };
  }

  updateValues(g: CoordinationGroup): ColumnValues {
    return { status: g.status, dissolved_at: g.dissolvedAt, sequence: g.sequence, updated_at: g.updatedAt };
  }

  /** What find reads, for the command runner's read of a case with its Idempotency-Key. */
  readonly columns = COLUMNS;

  fromRow(r: Row): CoordinationGroup {
    return toGroup(r);
  }

  find(em: EntityManager, id: string): Promise<CoordinationGroup | null> {
    return this.findById(em, id);
  }

  async findById(em: EntityManager, id: string): Promise<CoordinationGroup | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM legal_affairs.coordination_groups WHERE id = $1`, [id]);
    return rows.length ? toGroup(rows[0]) : null;
  }

  /** A page of groups ordered by establishedAt then id, filtered; keyset-paged by cursor. */
  async list(em: EntityManager, f: GroupFilter): Promise<Page<CoordinationGroup>> {
    const where = new SqlWhere();
    if (f.status) where.add('status = ?', f.status);
    if (f.field) where.add('field = ?', f.field);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'legal_affairs.coordination_groups', where, key: GROUP_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toGroup), nextCursor: page.nextCursor };
  }
}
