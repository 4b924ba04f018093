import { toSafeInteger } from '@casetrack/persistence';
import { KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
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
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
}

/** Disputes in mediation.disputes. */
@Injectable()
export class DisputeRepository {
  async insert(em: EntityManager, d: Dispute): Promise<void> {
    await em.query(
      `INSERT INTO mediation.disputes (${COLUMNS}) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20)`,
      [
        d.id, d.committeeCode, d.committeeKind, d.committeeField, d.category, d.source, d.receivedAt, d.partyCount, d.summary,
        d.amountInvolvedFen, d.status, d.result, d.concludedAt, d.agreement, d.agreementAmountFen, d.withdrawnAt,
        d.withdrawalReason, d.sequence, d.createdAt, d.updatedAt,
      ],
    );
  }

  /** Reads a dispute and locks its row until the transaction ends (serialises changes to one case). */
  async findForUpdate(em: EntityManager, id: string): Promise<Dispute | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM mediation.disputes WHERE id = $1 FOR UPDATE`, [id]);
    return rows.length ? toDispute(rows[0]) : null;
  }

  async findById(em: EntityManager, id: string): Promise<Dispute | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM mediation.disputes WHERE id = $1`, [id]);
    return rows.length ? toDispute(rows[0]) : null;
  }

  /** Writes the outcome fields and the new sequence of an existing dispute. */
  async saveOutcome(em: EntityManager, d: Dispute): Promise<void> {
    await em.query(
      `UPDATE mediation.disputes SET status = $2, result = $3, concluded_at = $4, agreement = $5, agreement_amount_fen = $6,
         withdrawn_at = $7, withdrawal_reason = $8, sequence = $9, updated_at = $10 WHERE id = $1`,
      [d.id, d.status, d.result, d.concludedAt, d.agreement, d.agreementAmountFen, d.withdrawnAt, d.withdrawalReason, d.sequence, d.updatedAt],
    );
  }

  /** A page of disputes ordered by receivedAt then id, filtered; keyset-paged by cursor. */
  async list(em: EntityManager, f: DisputeFilter): Promise<Page<Dispute>> {
    const where = new SqlWhere();
    if (f.committeeCode) where.add('committee_code = ?', f.committeeCode);
    if (f.status) where.add('status = ?', f.status);
    if (f.from) where.add('received_at >= ?', f.from);
    if (f.to) where.add('received_at < ?', f.to);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'mediation.disputes', where, key: DISPUTE_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toDispute), nextCursor: page.nextCursor };
  }
}
