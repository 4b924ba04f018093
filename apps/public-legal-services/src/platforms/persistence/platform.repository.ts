import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Platform } from '../domain/platform';

const COLUMNS = `id, level, name, registered_at, status, standardised_at, closed_at, sequence, created_at, updated_at`;

type Row = Record<string, any>;

/** The platforms list's order and cursor: registration, then id. */
export const PLATFORM_KEY: readonly KeyColumn[] = [
  { sql: 'registered_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const toPlatform = (r: Row): Platform => ({
  id: r.id, level: r.level, name: r.name, registeredAt: r.registered_at, status: r.status, standardisedAt: r.standardised_at, closedAt: r.closed_at,
  sequence: r.sequence, createdAt: r.created_at, updatedAt: r.updated_at,
});

/** Platforms in public_legal_services.platforms. */
@Injectable()
export class PlatformRepository implements CaseTable<Platform> {
  readonly entity = 'platform';
  readonly table = 'public_legal_services.platforms';

  insertValues(p: Platform): ColumnValues {
    return { id: p.id, level: p.level, name: p.name, registered_at: p.registeredAt, ...this.updateValues(p), created_at: p.createdAt };
  }

  updateValues(p: Platform): ColumnValues {
    return { status: p.status, standardised_at: p.standardisedAt, closed_at: p.closedAt, sequence: p.sequence, updated_at: p.updatedAt };
  }

  find(em: EntityManager, id: string): Promise<Platform | null> {
    return this.findById(em, id);
  }

  async findById(em: EntityManager, id: string): Promise<Platform | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM public_legal_services.platforms WHERE id = $1`, [id]);
    return rows.length ? toPlatform(rows[0]) : null;
  }

  /** The platform, its row locked against a concurrent closure until the transaction ends (a service is recorded at it). */
  async findForShare(em: EntityManager, id: string): Promise<Platform | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM public_legal_services.platforms WHERE id = $1 FOR SHARE`, [id]);
    return rows.length ? toPlatform(rows[0]) : null;
  }

  /** A page of platforms ordered by registeredAt then id, filtered by level and status; keyset-paged by cursor. */
  async list(em: EntityManager, f: { level?: string; status?: string; limit: number; cursor?: string }): Promise<Page<Platform>> {
    const where = new SqlWhere();
    if (f.level) where.add('level = ?', f.level);
    if (f.status) where.add('status = ?', f.status);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'public_legal_services.platforms', where, key: PLATFORM_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toPlatform), nextCursor: page.nextCursor };
  }
}
