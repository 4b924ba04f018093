import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CommitteeMeeting } from '../domain/committee-meeting';

const COLUMNS = `id, number, held_at, subject, sequence, created_at, updated_at`;

type Row = Record<string, any>;

/** The meetings list's order and cursor: when held, then id. */
export const COMMITTEE_MEETING_KEY: readonly KeyColumn[] = [
  { sql: 'held_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const toMeeting = (r: Row): CommitteeMeeting => ({
  id: r.id, number: r.number, heldAt: r.held_at, subject: r.subject, sequence: r.sequence, createdAt: r.created_at, updatedAt: r.updated_at,
});

/** The rule-of-law committee's meetings in legal_affairs.committee_meetings. */
@Injectable()
export class CommitteeMeetingRepository implements CaseTable<CommitteeMeeting> {
  readonly entity = 'meeting';
  readonly table = 'legal_affairs.committee_meetings';

  insertValues(m: CommitteeMeeting): ColumnValues {
    return { id: m.id, number: m.number, held_at: m.heldAt, subject: m.subject, ...this.updateValues(m), created_at: m.createdAt };
  }

  updateValues(m: CommitteeMeeting): ColumnValues {
    return { sequence: m.sequence, updated_at: m.updatedAt };
  }

  /** What find reads, for the command runner's read of a case with its Idempotency-Key. */
  readonly columns = COLUMNS;

  fromRow(r: Row): CommitteeMeeting {
    return toMeeting(r);
  }

  find(em: EntityManager, id: string): Promise<CommitteeMeeting | null> {
    return this.findById(em, id);
  }

  async findById(em: EntityManager, id: string): Promise<CommitteeMeeting | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM legal_affairs.committee_meetings WHERE id = $1`, [id]);
    return rows.length ? toMeeting(rows[0]) : null;
  }

  /** A page of meetings ordered by heldAt then id; keyset-paged by cursor. */
  async list(em: EntityManager, f: { limit: number; cursor?: string }): Promise<Page<CommitteeMeeting>> {
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'legal_affairs.committee_meetings', where: new SqlWhere(), key: COMMITTEE_MEETING_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toMeeting), nextCursor: page.nextCursor };
  }
}
