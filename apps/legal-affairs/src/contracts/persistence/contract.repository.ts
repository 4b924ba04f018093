import { toSafeInteger } from '@casetrack/persistence';
import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { GovernmentContract } from '../domain/contract';

const COLUMNS = `id, unit, title, kind, amount_fen, submitted_at, status, reviewed_at, opinion, sequence, created_at, updated_at`;

type Row = Record<string, any>;

/** The contracts list's order and cursor: submission time, then id. */
export const CONTRACT_KEY: readonly KeyColumn[] = [
  { sql: 'submitted_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const toContract = (r: Row): GovernmentContract => ({
  id: r.id,
  unit: r.unit,
  title: r.title,
  kind: r.kind,
  // bigint column; amounts are at most MAX_FEN, within a safe integer.
  amountFen: toSafeInteger(r.amount_fen),
  submittedAt: r.submitted_at,
  status: r.status,
  reviewedAt: r.reviewed_at,
  opinion: r.opinion,
  sequence: r.sequence,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface ContractFilter {
  status?: string;
  kind?: string;
  limit: number;
  cursor?: string;
}

/** Government contracts under legality review in legal_affairs.contracts. */
@Injectable()
export class ContractRepository implements CaseTable<GovernmentContract> {
  readonly entity = 'contract';
  readonly table = 'legal_affairs.contracts';

  insertValues(c: GovernmentContract): ColumnValues {
    return {
      id: c.id, unit: c.unit, title: c.title, kind: c.kind, amount_fen: c.amountFen, submitted_at: c.submittedAt, ...this.updateValues(c), created_at: c.createdAt,
    };
  }

  /** The columns a review writes, and the new sequence. */
  updateValues(c: GovernmentContract): ColumnValues {
    return { status: c.status, reviewed_at: c.reviewedAt, opinion: c.opinion, sequence: c.sequence, updated_at: c.updatedAt };
  }

  /** What find reads, for the command runner's read of a case with its Idempotency-Key. */
  readonly columns = COLUMNS;

  fromRow(r: Row): GovernmentContract {
    return toContract(r);
  }

  find(em: EntityManager, id: string): Promise<GovernmentContract | null> {
    return this.findById(em, id);
  }

  async findById(em: EntityManager, id: string): Promise<GovernmentContract | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM legal_affairs.contracts WHERE id = $1`, [id]);
    return rows.length ? toContract(rows[0]) : null;
  }

  /** A page of contracts ordered by submittedAt then id, filtered; keyset-paged by cursor. */
  async list(em: EntityManager, f: ContractFilter): Promise<Page<GovernmentContract>> {
    const where = new SqlWhere();
    if (f.status) where.add('status = ?', f.status);
    if (f.kind) where.add('kind = ?', f.kind);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'legal_affairs.contracts', where, key: CONTRACT_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toContract), nextCursor: page.nextCursor };
  }
}
