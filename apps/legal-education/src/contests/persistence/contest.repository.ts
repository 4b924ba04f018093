import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Contest } from '../domain/contest';

const COLUMNS = `id, title, kind, opened_at, status, closed_at, participants, sequence, created_at, updated_at`;

type Row = Record<string, any>;

/** The contests list's order and cursor: opening, then id. */
export const CONTEST_KEY: readonly KeyColumn[] = [
  { sql: 'opened_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const toContest = (r: Row): Contest => ({
  id: r.id, title: r.title, kind: r.kind, openedAt: r.opened_at, status: r.status, closedAt: r.closed_at, participants: r.participants,
  sequence: r.sequence, createdAt: r.created_at, updatedAt: r.updated_at,
});

/** Online contests in legal_education.contests. */
@Injectable()
export class ContestRepository implements CaseTable<Contest> {
  readonly entity = 'contest';
  readonly table = 'legal_education.contests';

  insertValues(c: Contest): ColumnValues {
    return { id: c.id, title: c.title, kind: c.kind, opened_at: c.openedAt, ...this.updateValues(c), created_at: c.createdAt };
  }

  updateValues(c: Contest): ColumnValues {
    return { status: c.status, closed_at: c.closedAt, participants: c.participants, sequence: c.sequence, updated_at: c.updatedAt };
  }

  find(em: EntityManager, id: string): Promise<Contest | null> {
    return this.findById(em, id);
  }

  async findById(em: EntityManager, id: string): Promise<Contest | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM legal_education.contests WHERE id = $1`, [id]);
    return rows.length ? toContest(rows[0]) : null;
  }

  /** A page of contests ordered by openedAt then id, by status; keyset-paged by cursor. */
  async list(em: EntityManager, f: { status?: string; limit: number; cursor?: string }): Promise<Page<Contest>> {
    const where = new SqlWhere();
    if (f.status) where.add('status = ?', f.status);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'legal_education.contests', where, key: CONTEST_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toContest), nextCursor: page.nextCursor };
  }
}
