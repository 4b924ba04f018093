import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Exam } from '../domain/exam';

const COLUMNS = `id, title, audience, scheduled_at, candidates_expected, city_university_candidates, status, held_at, sat, passed, cancelled_at, sequence, created_at, updated_at`;

type Row = Record<string, any>;

/** The sessions list's order and cursor: when scheduled, then id. */
export const EXAM_KEY: readonly KeyColumn[] = [
  { sql: 'scheduled_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const toExam = (r: Row): Exam => ({
  id: r.id,
  title: r.title,
  audience: r.audience,
  scheduledAt: r.scheduled_at,
  candidatesExpected: r.candidates_expected,
  cityUniversityCandidates: r.city_university_candidates,
  status: r.status,
  heldAt: r.held_at,
  sat: r.sat,
  passed: r.passed,
  cancelledAt: r.cancelled_at,
  sequence: r.sequence,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface ExamFilter {
  status?: string;
  audience?: string;
  limit: number;
  cursor?: string;
}

/** Exam sessions in legal_education.exams. */
@Injectable()
export class ExamRepository implements CaseTable<Exam> {
  readonly entity = 'exam';
  readonly table = 'legal_education.exams';

  insertValues(e: Exam): ColumnValues {
    return {
      id: e.id, title: e.title, audience: e.audience, scheduled_at: e.scheduledAt, candidates_expected: e.candidatesExpected,
      city_university_candidates: e.cityUniversityCandidates, ...this.updateValues(e), created_at: e.createdAt,
    };
  }

  /** The columns the results or the cancellation write, and the new sequence. */
  updateValues(e: Exam): ColumnValues {
    return { status: e.status, held_at: e.heldAt, sat: e.sat, passed: e.passed, cancelled_at: e.cancelledAt, sequence: e.sequence, updated_at: e.updatedAt };
  }

  find(em: EntityManager, id: string): Promise<Exam | null> {
    return this.findById(em, id);
  }

  async findById(em: EntityManager, id: string): Promise<Exam | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM legal_education.exams WHERE id = $1`, [id]);
    return rows.length ? toExam(rows[0]) : null;
  }

  /** A page of sessions ordered by scheduledAt then id, filtered; keyset-paged by cursor. */
  async list(em: EntityManager, f: ExamFilter): Promise<Page<Exam>> {
    const where = new SqlWhere();
    if (f.status) where.add('status = ?', f.status);
    if (f.audience) where.add('audience = ?', f.audience);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'legal_education.exams', where, key: EXAM_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toExam), nextCursor: page.nextCursor };
  }
}
