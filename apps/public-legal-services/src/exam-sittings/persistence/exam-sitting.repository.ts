import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ExamSitting } from '../domain/exam-sitting';

const COLUMNS = `id, held_at, candidates, incidents, complaints, sequence, created_at, updated_at`;
type Row = Record<string, any>;

export const EXAM_SITTING_KEY: readonly KeyColumn[] = [
  { sql: 'held_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const toSitting = (r: Row): ExamSitting => ({
  id: r.id, heldAt: r.held_at, candidates: r.candidates, incidents: r.incidents, complaints: r.complaints, sequence: r.sequence, createdAt: r.created_at, updatedAt: r.updated_at,
});

/** Sittings of the national legal profession exam in public_legal_services.exam_sittings. */
@Injectable()
export class ExamSittingRepository implements CaseTable<ExamSitting> {
  readonly entity = 'sitting';
  readonly table = 'public_legal_services.exam_sittings';

  insertValues(s: ExamSitting): ColumnValues {
    return { id: s.id, held_at: s.heldAt, candidates: s.candidates, incidents: s.incidents, complaints: s.complaints, ...this.updateValues(s), created_at: s.createdAt };
  }

  updateValues(s: ExamSitting): ColumnValues {
    return { sequence: s.sequence, updated_at: s.updatedAt };
  }

  find(em: EntityManager, id: string): Promise<ExamSitting | null> {
    return this.findById(em, id);
  }

  async findById(em: EntityManager, id: string): Promise<ExamSitting | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM public_legal_services.exam_sittings WHERE id = $1`, [id]);
    return rows.length ? toSitting(rows[0]) : null;
  }

  async list(em: EntityManager, f: { limit: number; cursor?: string }): Promise<Page<ExamSitting>> {
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'public_legal_services.exam_sittings', where: new SqlWhere(), key: EXAM_SITTING_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toSitting), nextCursor: page.nextCursor };
  }
}
