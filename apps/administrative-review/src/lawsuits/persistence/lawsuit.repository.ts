import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, RowInsert, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JudicialSuggestion } from '../domain/judicial-suggestion';
import { Hearing, Lawsuit } from '../domain/lawsuit';

const COLUMNS = `id, filed_at, defendant_agency, court, matter, status, decided_at, outcome, hearing_count,
  performance_status, judgment_effective_at, performance_started_at, performance_concluded_at, performance_result, sequence, created_at, updated_at`;
const HEARING_COLUMNS = `id, lawsuit_id, held_at, head_appeared, appeared_role, created_at`;
const SUGGESTION_COLUMNS = `id, lawsuit_id, court, received_at, status, supervised_at, answered_at, created_at, updated_at`;

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
  performance:
    r.performance_status === null
      ? null
      : {
          status: r.performance_status,
          judgmentEffectiveAt: r.judgment_effective_at,
          startedAt: r.performance_started_at,
          concludedAt: r.performance_concluded_at,
          result: r.performance_result,
        },
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

const toSuggestion = (r: Row): JudicialSuggestion => ({
  id: r.id,
  lawsuitId: r.lawsuit_id,
  court: r.court,
  receivedAt: r.received_at,
  status: r.status,
  supervisedAt: r.supervised_at,
  answeredAt: r.answered_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface LawsuitFilter {
  status?: string;
  defendantAgency?: string;
  limit: number;
  cursor?: string;
}

/** Lawsuits in admin_review.lawsuits and their hearings in admin_review.hearings. */
@Injectable()
export class LawsuitRepository implements CaseTable<Lawsuit> {
  readonly entity = 'lawsuit';
  readonly table = 'admin_review.lawsuits';

  insertValues(l: Lawsuit): ColumnValues {
    return {
      id: l.id, filed_at: l.filedAt, defendant_agency: l.defendantAgency, court: l.court, matter: l.matter, ...this.updateValues(l), created_at: l.createdAt,
    };
  }

  /** The columns a hearing, a judgment or a supervision changes, and the new sequence. */
  updateValues(l: Lawsuit): ColumnValues {
    const p = l.performance;
    return {
      status: l.status, decided_at: l.decidedAt, outcome: l.outcome, hearing_count: l.hearingCount,
      performance_status: p?.status ?? null, judgment_effective_at: p?.judgmentEffectiveAt ?? null, performance_started_at: p?.startedAt ?? null,
      performance_concluded_at: p?.concludedAt ?? null, performance_result: p?.result ?? null,
      sequence: l.sequence, updated_at: l.updatedAt,
    };
  }

  /** What find reads, for the command runner's read of a case with its Idempotency-Key. */
  readonly columns = COLUMNS;

  fromRow(r: Row): Lawsuit {
    return toLawsuit(r);
  }

  find(em: EntityManager, id: string): Promise<Lawsuit | null> {
    return this.findById(em, id);
  }

  /** A hearing's row, written with the lawsuit's change. */
  hearingRow(h: Hearing): RowInsert {
    return {
      table: 'admin_review.hearings',
      values: { id: h.id, lawsuit_id: h.lawsuitId, held_at: h.heldAt, head_appeared: h.headAppeared, appeared_role: h.appearedRole, created_at: h.createdAt },
    };
  }

  /** A judicial suggestion's row as it now stands, written with the lawsuit's change (inserted, or replacing the one with its id). */
  suggestionRow(s: JudicialSuggestion): RowInsert {
    return {
      table: 'admin_review.judicial_suggestions',
      values: {
        id: s.id, lawsuit_id: s.lawsuitId, court: s.court, received_at: s.receivedAt, status: s.status, supervised_at: s.supervisedAt,
        answered_at: s.answeredAt, created_at: s.createdAt, updated_at: s.updatedAt,
      },
      replace: true,
    };
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

  /** The judicial suggestions of a lawsuit, in the order they were received. */
  async suggestionsOf(em: EntityManager, lawsuitId: string): Promise<JudicialSuggestion[]> {
    const rows: Row[] = await em.query(`SELECT ${SUGGESTION_COLUMNS} FROM admin_review.judicial_suggestions WHERE lawsuit_id = $1 ORDER BY received_at, id`, [lawsuitId]);
    return rows.map(toSuggestion);
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
