import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Complaint } from '../domain/complaint';

const COLUMNS = `id, against, summary, received_at, status, outcome, concluded_at, sequence, created_at, updated_at`;
type Row = Record<string, any>;

export const COMPLAINT_KEY: readonly KeyColumn[] = [
  { sql: 'received_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const toComplaint = (r: Row): Complaint => ({
  id: r.id, against: r.against, summary: r.summary, receivedAt: r.received_at, status: r.status, outcome: r.outcome, concludedAt: r.concluded_at,
  sequence: r.sequence, createdAt: r.created_at, updatedAt: r.updated_at,
});

/** Complaints against lawyers and forensic appraisers in public_legal_services.complaints. */
@Injectable()
export class ComplaintRepository implements CaseTable<Complaint> {
  readonly entity = 'complaint';
  readonly table = 'public_legal_services.complaints';

  insertValues(c: Complaint): ColumnValues {
    return { id: c.id, against: c.against, summary: c.summary, received_at: c.receivedAt, ...this.updateValues(c), created_at: c.createdAt };
  }

  updateValues(c: Complaint): ColumnValues {
    return { status: c.status, outcome: c.outcome, concluded_at: c.concludedAt, sequence: c.sequence, updated_at: c.updatedAt };
  }

  find(em: EntityManager, id: string): Promise<Complaint | null> {
    return this.findById(em, id);
  }

  async findById(em: EntityManager, id: string): Promise<Complaint | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM public_legal_services.complaints WHERE id = $1`, [id]);
    return rows.length ? toComplaint(rows[0]) : null;
  }

  async list(em: EntityManager, f: { against?: string; status?: string; limit: number; cursor?: string }): Promise<Page<Complaint>> {
    const where = new SqlWhere();
    if (f.against) where.add('against = ?', f.against);
    if (f.status) where.add('status = ?', f.status);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'public_legal_services.complaints', where, key: COMPLAINT_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toComplaint), nextCursor: page.nextCursor };
  }
}
