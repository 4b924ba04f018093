import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AgendaMeeting } from '../domain/agenda-meeting';

const COLUMNS = `id, kind, held_at, subject, sequence, created_at, updated_at`;

type Row = Record<string, any>;

/** The meetings list's order and cursor: when held, then id. */
export const AGENDA_MEETING_KEY: readonly KeyColumn[] = [
  { sql: 'held_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const toMeeting = (r: Row): AgendaMeeting => ({
  id: r.id, kind: r.kind, heldAt: r.held_at, subject: r.subject, sequence: r.sequence, createdAt: r.created_at, updatedAt: r.updated_at,
});

export interface AgendaMeetingFilter {
  kind?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
}

/** Rule-of-law agenda meetings in legal_affairs.agenda_meetings. */
@Injectable()
export class AgendaMeetingRepository implements CaseTable<AgendaMeeting> {
  readonly entity = 'meeting';
  readonly table = 'legal_affairs.agenda_meetings';

  insertValues(m: AgendaMeeting): ColumnValues {
    return { id: m.id, kind: m.kind, held_at: m.heldAt, subject: m.subject, ...this.updateValues(m), created_at: m.createdAt };
  }

  updateValues(m: AgendaMeeting): ColumnValues {
    return { sequence: m.sequence, updated_at: m.updatedAt };
  }

  /** What find reads, for the command runner's read of a case with its Idempotency-Key. */
  readonly columns = COLUMNS;

  fromRow(r: Row): AgendaMeeting {
    return toMeeting(r);
  }

  find(em: EntityManager, id: string): Promise<AgendaMeeting | null> {
    return this.findById(em, id);
  }

  async findById(em: EntityManager, id: string): Promise<AgendaMeeting | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM legal_affairs.agenda_meetings WHERE id = $1`, [id]);
    return rows.length ? toMeeting(rows[0]) : null;
  }

  /** A page of meetings ordered by heldAt then id, filtered; keyset-paged by cursor. */
  async list(em: EntityManager, f: AgendaMeetingFilter): Promise<Page<AgendaMeeting>> {
    const where = new SqlWhere();
    if (f.kind) where.add('kind = ?', f.kind);
    if (f.from) where.add('held_at >= ?', f.from);
    if (f.to) where.add('held_at < ?', f.to);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'legal_affairs.agenda_meetings', where, key: AGENDA_MEETING_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toMeeting), nextCursor: page.nextCursor };
  }
}
