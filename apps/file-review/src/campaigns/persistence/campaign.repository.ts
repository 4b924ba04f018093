import { toSafeInteger } from '@casetrack/persistence';
import { KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Campaign, PanelMember } from '../domain/campaign';

type Row = Record<string, any>;

function toCampaign(r: Row, panel: PanelMember[]): Campaign {
  return {
    id: r.id,
    year: r.year,
    title: r.title,
    status: r.status,
    panel,
    draw:
      r.seed === null
        ? null
        : { seed: r.seed, poolSize: r.pool_size, sampleSize: r.sample_size, fileNumbers: r.drawn_numbers, drawnAt: r.drawn_at },
    issuedAt: r.issued_at,
    sequence: r.sequence,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** How many files a campaign holds at each stage, and how many problems its reviews found. */
export interface CampaignCounts {
  pooled: number;
  drawn: number;
  reviewed: number;
  problems: number;
}

/** The campaigns list's order and cursor: when opened, then id. */
export const CAMPAIGN_KEY: readonly KeyColumn[] = [
  { sql: 'created_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

/** Campaigns and their panels in file_review.campaigns and file_review.panel_members. */
@Injectable()
export class CampaignRepository {
  /** Inserts the campaign and its panel; returns false when the year already has a campaign with this title. */
  async insert(em: EntityManager, c: Campaign): Promise<boolean> {
    const rows = await em.query(
      `INSERT INTO file_review.campaigns (id, year, title, status, sequence, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (year, title) DO NOTHING RETURNING id`,
      [c.id, c.year, c.title, c.status, c.sequence, c.createdAt, c.updatedAt],
    );
    if (rows.length === 0) return false;
    await em.query(
      `INSERT INTO file_review.panel_members (campaign_id, position, role, name)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[])`,
      [c.id, c.panel.map((_, i) => i + 1), c.panel.map((m) => m.role), c.panel.map((m) => m.name)],
    );
    return true;
  }

  /** Reads a campaign and locks its row until the transaction ends: every change to a campaign or its files takes this lock. */
  findForUpdate(em: EntityManager, id: string): Promise<Campaign | null> {
    return this.find(em, id, 'FOR UPDATE');
  }

  findById(em: EntityManager, id: string): Promise<Campaign | null> {
    return this.find(em, id, '');
  }

  /** Writes the status, the draw record, the notice and the sequence. */
  async save(em: EntityManager, c: Campaign): Promise<void> {
    await em.query(
      `UPDATE file_review.campaigns SET status = $2, seed = $3, pool_size = $4, sample_size = $5, drawn_numbers = $6, drawn_at = $7,
         issued_at = $8, sequence = $9, updated_at = $10 WHERE id = $1`,
      [
        c.id, c.status, c.draw?.seed ?? null, c.draw?.poolSize ?? null, c.draw?.sampleSize ?? null, c.draw?.fileNumbers ?? null,
        c.draw?.drawnAt ?? null, c.issuedAt, c.sequence, c.updatedAt,
      ],
    );
  }

  async counts(em: EntityManager, id: string): Promise<CampaignCounts> {
    const [r] = await em.query(
      `SELECT count(*) AS pooled,
              count(*) FILTER (WHERE f.status <> 'pooled') AS drawn,
              count(*) FILTER (WHERE f.status = 'reviewed') AS reviewed,
              (SELECT count(*) FROM file_review.file_problems p JOIN file_review.files pf ON pf.id = p.file_id WHERE pf.campaign_id = $1) AS problems
         FROM file_review.files f WHERE f.campaign_id = $1`,
      [id],
    );
    return { pooled: toSafeInteger(r.pooled), drawn: toSafeInteger(r.drawn), reviewed: toSafeInteger(r.reviewed), problems: toSafeInteger(r.problems) };
  }

  /** A page of campaigns, oldest first, optionally of one year or status; without their panels (GET one campaign for those). */
  async list(em: EntityManager, f: { year?: number; status?: string; limit: number; cursor?: string }): Promise<Page<Campaign>> {
    const where = new SqlWhere();
    if (f.year !== undefined) where.add('year = ?', f.year);
    if (f.status) where.add('status = ?', f.status);
    const page = await keysetPage<Row>(em, { select: '*', from: 'file_review.campaigns', where, key: CAMPAIGN_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map((r) => toCampaign(r, [])), nextCursor: page.nextCursor };
  }

  private async find(em: EntityManager, id: string, lock: '' | 'FOR UPDATE'): Promise<Campaign | null> {
    const rows: Row[] = await em.query(`SELECT * FROM file_review.campaigns WHERE id = $1 ${lock}`, [id]);
    if (rows.length === 0) return null;
    const panel: Row[] = await em.query(
      `SELECT role, name FROM file_review.panel_members WHERE campaign_id = $1 ORDER BY position`,
      [id],
    );
    return toCampaign(rows[0], panel.map((m) => ({ role: m.role, name: m.name })));
  }
}
