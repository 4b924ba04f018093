import { toSafeInteger } from '@casetrack/persistence';
import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Dispute } from '../domain/dispute';

const COLUMNS = `id, committee_code, committee_kind, committee_field, category, source, received_at, party_count, summary,
  amount_involved_fen, status, result, concluded_at, agreement, agreement_amount_fen, withdrawn_at, withdrawal_reason,
  sequence, created_at, updated_at`;

type Row = Record<string, any>;

/** The disputes list's order and cursor: receipt time, then id. */
export const DISPUTE_KEY: readonly KeyColumn[] = [
  { sql: 'received_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const nullableInt = (v: string | null) => (v === null ? null : toSafeInteger(v));

function toDispute(r: Row): Dispute {
  return {
    id: r.id,
    committeeCode: r.committee_code,
    committeeKind: r.committee_kind,
    committeeField: r.committee_field,
    category: r.category,
    source: r.source,
    receivedAt: r.received_at,
    partyCount: r.party_count,
    summary: r.summary,
    amountInvolvedFen: nullableInt(r.amount_involved_fen),
    status: r.status,
    result: r.result,
    concludedAt: r.concluded_at,
    agreement: r.agreement,
    agreementAmountFen: nullableInt(r.agreement_amount_fen),
    withdrawnAt: r.withdrawn_at,
    withdrawalReason: r.withdrawal_reason,
    sequence: r.sequence,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface DisputeFilter {
  committeeCode?: string;
  status?: string;
  category?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
}

/** Disputes in mediation.disputes. */
@Injectable()
export class DisputeRepository implements CaseTable<Dispute> {
  readonly entity = 'dispute';
  readonly table = 'mediation.disputes';

  /** Every column of a new dispute, for the command runner's statement. */
  insertValues(d: Dispute): ColumnValues {
    return {
      id: d.id, committee_code: d.committeeCode, committee_kind: d.committeeKind, committee_field: d.committeeField, category: d.category,
      source: d.source, received_at: d.receivedAt, party_count: d.partyCount, summary: d.summary, amount_involved_fen: d.amountInvolvedFen,
      ...this.updateValues(d),
      created_at: d.createdAt,
    };
  }

  /** The columns a conclusion, withdrawal or correction writes: the outcome and the new sequence. */
  updateValues(d: Dispute): ColumnValues {
    return {
      status: d.status, result: d.result, concluded_at: d.concludedAt, agreement: d.agreement, agreement_amount_fen: d.agreementAmountFen,
      withdrawn_at: d.withdrawnAt, withdrawal_reason: d.withdrawalReason, sequence: d.sequence, updated_at: d.updatedAt,
    };
  }

  /** What find reads, for the command runner's read of a case with its Idempotency-Key. */
  readonly columns = COLUMNS;

  fromRow(r: Row): Dispute {
    return toDispute(r);
  }

  find(em: EntityManager, id: string): Promise<Dispute | null> {
    return this.findById(em, id);
  }

  async findById(em: EntityManager, id: string): Promise<Dispute | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM mediation.disputes WHERE id = $1`, [id]);
    return rows.length ? toDispute(rows[0]) : null;
  }

  /** A page of disputes ordered by receivedAt then id, filtered; keyset-paged by cursor. */
  async list(em: EntityManager, f: DisputeFilter): Promise<Page<Dispute>> {
    const where = new SqlWhere();
    if (f.committeeCode) where.add('committee_code = ?', f.committeeCode);
    if (f.status) where.add('status = ?', f.status);
    if (f.category) where.add('category = ?', f.category);
    if (f.from) where.add('received_at >= ?', f.from);
    if (f.to) where.add('received_at < ?', f.to);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'mediation.disputes', where, key: DISPUTE_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toDispute), nextCursor: page.nextCursor };
  }
}
