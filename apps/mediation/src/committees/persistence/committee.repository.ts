import { KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Committee } from '../domain/committee';

interface CommitteeRow {
  id: string;
  code: string;
  name: string;
  kind: Committee['kind'];
  field: Committee['field'];
  established_at: Date;
  created_at: Date;
}

const toCommittee = (r: CommitteeRow): Committee => ({
  id: r.id,
  code: r.code,
  name: r.name,
  kind: r.kind,
  field: r.field,
  establishedAt: r.established_at,
  createdAt: r.created_at,
});

/** The committees list's order and cursor: the code (unique), byte-wise. */
export const COMMITTEE_KEY: readonly KeyColumn[] = [{ sql: 'code', part: { kind: 'text', maxLength: 50 }, bytewise: true }];

/**
 * Committees in mediation.committees. A committee, once registered, never changes and is never
 * removed (there is no command for either), so each one read is kept in memory: registering a
 * dispute then costs no round trip for its committee. A code not found is not remembered.
 */
@Injectable()
export class CommitteeRepository {
  private readonly known = new Map<string, Committee>();
  /** Inserts; returns false when the code is taken. */
  async insert(em: EntityManager, c: Committee): Promise<boolean> {
    const rows = await em.query(
      `INSERT INTO mediation.committees (code, id, name, kind, field, established_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (code) DO NOTHING RETURNING code`,
      [c.code, c.id, c.name, c.kind, c.field, c.establishedAt, c.createdAt],
    );
    return rows.length === 1;
  }

  async findByCode(em: EntityManager, code: string): Promise<Committee | null> {
    const known = this.known.get(code);
    if (known) return known;
    const rows: CommitteeRow[] = await em.query(`SELECT * FROM mediation.committees WHERE code = $1`, [code]);
    if (rows.length === 0) return null;
    const committee = toCommittee(rows[0]);
    if (this.known.size < 100_000) this.known.set(code, committee);
    return committee;
  }

  /** A page of committees ordered by code (byte order), optionally of one kind; keyset-paged by cursor. */
  async list(em: EntityManager, f: { kind?: string; limit: number; cursor?: string }): Promise<Page<Committee>> {
    const where = new SqlWhere();
    if (f.kind) where.add('kind = ?', f.kind);
    const page = await keysetPage<CommitteeRow & Record<string, unknown>>(em, { select: '*', from: 'mediation.committees', where, key: COMMITTEE_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toCommittee), nextCursor: page.nextCursor };
  }
}
