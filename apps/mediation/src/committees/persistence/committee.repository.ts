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

/** Committees in mediation.committees. */
@Injectable()
export class CommitteeRepository {
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
    const rows: CommitteeRow[] = await em.query(`SELECT * FROM mediation.committees WHERE code = $1`, [code]);
    return rows.length ? toCommittee(rows[0]) : null;
  }

  async list(em: EntityManager, kind?: string): Promise<Committee[]> {
    const rows: CommitteeRow[] = await em.query(
      `SELECT * FROM mediation.committees WHERE ($1::text IS NULL OR kind = $1) ORDER BY code`,
      [kind ?? null],
    );
    return rows.map(toCommittee);
  }
}
