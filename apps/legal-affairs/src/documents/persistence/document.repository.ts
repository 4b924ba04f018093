import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LegalityDocument } from '../domain/document';

const COLUMNS = `id, unit, title, kind, submitted_at, status, reviewed_at, opinion, normative, filed_at, found_at, sequence, created_at, updated_at`;

type Row = Record<string, any>;

/** The documents list's order and cursor: submission time, then id. */
export const DOCUMENT_KEY: readonly KeyColumn[] = [
  { sql: 'submitted_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const toDocument = (r: Row): LegalityDocument => ({
  id: r.id,
  unit: r.unit,
  title: r.title,
  kind: r.kind,
  submittedAt: r.submitted_at,
  status: r.status,
  reviewedAt: r.reviewed_at,
  opinion: r.opinion,
  normative: r.normative,
  filedAt: r.filed_at,
  foundAt: r.found_at,
  sequence: r.sequence,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface DocumentFilter {
  status?: string;
  unit?: string;
  limit: number;
  cursor?: string;
}

/** Documents under legality review in legal_affairs.documents. */
@Injectable()
export class DocumentRepository implements CaseTable<LegalityDocument> {
  readonly entity = 'document';
  readonly table = 'legal_affairs.documents';

  insertValues(d: LegalityDocument): ColumnValues {
    return { id: d.id, unit: d.unit, title: d.title, kind: d.kind, submitted_at: d.submittedAt, ...this.updateValues(d), created_at: d.createdAt };
  }

  /** The columns a review, a filing or a finding writes, and the new sequence. */
  updateValues(d: LegalityDocument): ColumnValues {
    return {
      status: d.status, reviewed_at: d.reviewedAt, opinion: d.opinion, normative: d.normative, filed_at: d.filedAt, found_at: d.foundAt,
      sequence: d.sequence, updated_at: d.updatedAt,
    };
  }

  /** What find reads, for the command runner's read of a case with its Idempotency-Key. */
  readonly columns = COLUMNS;

  fromRow(r: Row): LegalityDocument {
    return toDocument(r);
  }

  find(em: EntityManager, id: string): Promise<LegalityDocument | null> {
    return this.findById(em, id);
  }

  async findById(em: EntityManager, id: string): Promise<LegalityDocument | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM legal_affairs.documents WHERE id = $1`, [id]);
    return rows.length ? toDocument(rows[0]) : null;
  }

  /** A page of documents ordered by submittedAt then id, filtered; keyset-paged by cursor. */
  async list(em: EntityManager, f: DocumentFilter): Promise<Page<LegalityDocument>> {
    const where = new SqlWhere();
    if (f.status) where.add('status = ?', f.status);
    if (f.unit) where.add('unit = ?', f.unit);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'legal_affairs.documents', where, key: DOCUMENT_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toDocument), nextCursor: page.nextCursor };
  }
}
