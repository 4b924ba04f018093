import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, RowInsert, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CleanupCampaign, CleanupDecision } from '../domain/cleanup-campaign';

const COLUMNS = `id, title, started_at, status, closed_at, kept, amended, repealed, last_decided_at, sequence, created_at, updated_at`;
const DECISION_COLUMNS = `id, campaign_id, document, outcome, decided_at, created_at`;

type Row = Record<string, any>;

/** The campaigns list's order and cursor: start, then id. */
export const CLEANUP_CAMPAIGN_KEY: readonly KeyColumn[] = [
  { sql: 'started_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const toCampaign = (r: Row): CleanupCampaign => ({
  id: r.id, title: r.title, startedAt: r.started_at, status: r.status, closedAt: r.closed_at, kept: r.kept, amended: r.amended, repealed: r.repealed,
  lastDecidedAt: r.last_decided_at, sequence: r.sequence, createdAt: r.created_at, updatedAt: r.updated_at,
});

const toDecision = (r: Row): CleanupDecision => ({
  id: r.id, campaignId: r.campaign_id, document: r.document, outcome: r.outcome, decidedAt: r.decided_at, createdAt: r.created_at,
});

export interface CleanupCampaignFilter {
  status?: string;
  limit: number;
  cursor?: string;
}

/** Clean-up campaigns in legal_affairs.cleanup_campaigns and their decisions in legal_affairs.cleanup_decisions. */
@Injectable()
export class CleanupCampaignRepository implements CaseTable<CleanupCampaign> {
  readonly entity = 'campaign';
  readonly table = 'legal_affairs.cleanup_campaigns';

  insertValues(c: CleanupCampaign): ColumnValues {
    return { id: c.id, title: c.title, started_at: c.startedAt, ...this.updateValues(c), created_at: c.createdAt };
  }

  /** The columns a decision or the close writes, and the new sequence. */
  updateValues(c: CleanupCampaign): ColumnValues {
    return {
      status: c.status, closed_at: c.closedAt, kept: c.kept, amended: c.amended, repealed: c.repealed, last_decided_at: c.lastDecidedAt,
      sequence: c.sequence, updated_at: c.updatedAt,
    };
  }

  /** What find reads, for the command runner's read of a case with its Idempotency-Key. */
  readonly columns = COLUMNS;

  fromRow(r: Row): CleanupCampaign {
    return toCampaign(r);
  }

  find(em: EntityManager, id: string): Promise<CleanupCampaign | null> {
    return this.findById(em, id);
  }

  /** A decision's row, written with the campaign's change. */
  decisionRow(d: CleanupDecision): RowInsert {
    return {
      table: 'legal_affairs.cleanup_decisions',
      values: { id: d.id, campaign_id: d.campaignId, document: d.document, outcome: d.outcome, decided_at: d.decidedAt, created_at: d.createdAt },
    };
  }

  async findById(em: EntityManager, id: string): Promise<CleanupCampaign | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM legal_affairs.cleanup_campaigns WHERE id = $1`, [id]);
    return rows.length ? toCampaign(rows[0]) : null;
  }

  /** The decisions of a campaign, in the order they were made. */
  async decisionsOf(em: EntityManager, campaignId: string): Promise<CleanupDecision[]> {
    const rows: Row[] = await em.query(`SELECT ${DECISION_COLUMNS} FROM legal_affairs.cleanup_decisions WHERE campaign_id = $1 ORDER BY decided_at, id`, [campaignId]);
    return rows.map(toDecision);
  }

  /** A page of campaigns ordered by startedAt then id, filtered; keyset-paged by cursor. */
  async list(em: EntityManager, f: CleanupCampaignFilter): Promise<Page<CleanupCampaign>> {
    const where = new SqlWhere();
    if (f.status) where.add('status = ?', f.status);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'legal_affairs.cleanup_campaigns', where, key: CLEANUP_CAMPAIGN_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toCampaign), nextCursor: page.nextCursor };
  }
}
