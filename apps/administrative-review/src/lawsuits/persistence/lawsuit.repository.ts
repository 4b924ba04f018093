import { KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Hearing, Lawsuit } from '../domain/lawsuit';

const COLUMNS = `id, filed_at, defendant_agency, court, matter, status, decided_at, outcome, hearing_count, sequence, created_at, updated_at`;
const HEARING_COLUMNS = `id, lawsuit_id, held_at, head_appeared, appeared_role, created_at`;

type Row = Record<string, any>;

/** The lawsuits list's order and cursor: filing time, then id. */
export const LAWSUIT_KEY: readonly KeyColumn[] = [
  { sql: 'filed_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const toLawsuit = (r: Row): Lawsuit => ({
  id: r.id,
  filedAt: r.filed_at,
  defendantAgency: r.defendant_agency,
  court: r.court,
  matter: r.matter,
  status: r.status,
  decidedAt: r.decided_at,
  outcome: r.outcome,
  hearingCount: r.hearing_count,
  sequence: r.sequence,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toHearing = (r: Row): Hearing => ({
  id: r.id,
  lawsuitId: r.lawsuit_id,
  heldAt: r.held_at,
  headAppeared: r.head_appeared,
  appearedRole: r.appeared_role,
  createdAt: r.created_at,
});

export interface LawsuitFilter {
  status?: string;
  defendantAgency?: string;
  limit: number;
  cursor?: string;
}

/** Lawsuits in admin_review.lawsuits and their hearings in admin_review.hearings. */
@Injectable()
export class LawsuitRepository {
  async insert(em: EntityManager, l: Lawsuit): Promise<void> {
    await em.query(`INSERT INTO admin_review.lawsuits (${COLUMNS}) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`, [
      l.id, l.filedAt, l.defendantAgency, l.court, l.matter, l.status, l.decidedAt, l.outcome, l.hearingCount, l.sequence, l.createdAt, l.updatedAt,
    ]);
  }

  async insertHearing(em: EntityManager, h: Hearing): Promise<void> {
    await em.query(`INSERT INTO admin_review.hearings (${HEARING_COLUMNS}) VALUES ($1,$2,$3,$4,$5,$6)`, [
      h.id, h.lawsuitId, h.heldAt, h.headAppeared, h.appearedRole, h.createdAt,
    ]);
  }

  /** Reads a lawsuit and locks its row until the transaction ends (serialises changes to one case). */
  async findForUpdate(em: EntityManager, id: string): Promise<Lawsuit | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM admin_review.lawsuits WHERE id = $1 FOR UPDATE`, [id]);
    return rows.length ? toLawsuit(rows[0]) : null;
  }

  async findById(em: EntityManager, id: string): Promise<Lawsuit | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM admin_review.lawsuits WHERE id = $1`, [id]);
    return rows.length ? toLawsuit(rows[0]) : null;
  }

  /** The hearings of a lawsuit, in the order they were held. */
  async hearingsOf(em: EntityManager, lawsuitId: string): Promise<Hearing[]> {
    const rows: Row[] = await em.query(`SELECT ${HEARING_COLUMNS} FROM admin_review.hearings WHERE lawsuit_id = $1 ORDER BY held_at, id`, [lawsuitId]);
    return rows.map(toHearing);
  }

  /** Writes the fields a change may touch, and the new sequence. */
  async saveProgress(em: EntityManager, l: Lawsuit): Promise<void> {
    await em.query(
      `UPDATE admin_review.lawsuits SET status = $2, decided_at = $3, outcome = $4, hearing_count = $5, sequence = $6, updated_at = $7 WHERE id = $1`,
      [l.id, l.status, l.decidedAt, l.outcome, l.hearingCount, l.sequence, l.updatedAt],
    );
  }

  /** A page of lawsuits ordered by filedAt then id, filtered; keyset-paged by cursor. */
  async list(em: EntityManager, f: LawsuitFilter): Promise<Page<Lawsuit>> {
    const where = new SqlWhere();
    if (f.status) where.add('status = ?', f.status);
    if (f.defendantAgency) where.add('defendant_agency = ?', f.defendantAgency);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'admin_review.lawsuits', where, key: LAWSUIT_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toLawsuit), nextCursor: page.nextCursor };
  }

}
