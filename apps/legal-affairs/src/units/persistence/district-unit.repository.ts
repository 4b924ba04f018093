import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DistrictUnit } from '../domain/district-unit';

const COLUMNS = `id, name, registered_at, status, dissolved_at, sequence, created_at, updated_at`;

type Row = Record<string, any>;

/** The units list's order and cursor: registration, then id. */
export const UNIT_KEY: readonly KeyColumn[] = [
  { sql: 'registered_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const toUnit = (r: Row): DistrictUnit => ({
  id: r.id, name: r.name, registeredAt: r.registered_at, status: r.status, dissolvedAt: r.dissolved_at, sequence: r.sequence, createdAt: r.created_at, updatedAt: r.updated_at,
});

export interface UnitFilter {
  status?: string;
  limit: number;
  cursor?: string;
}

/** A unit's adviser coverage at an instant. */
export interface UnitCoverage {
  name: string;
  covered: boolean;
}

/** District units in legal_affairs.district_units. */
@Injectable()
export class DistrictUnitRepository implements CaseTable<DistrictUnit> {
  readonly entity = 'unit';
  readonly table = 'legal_affairs.district_units';

  insertValues(u: DistrictUnit): ColumnValues {
    return { id: u.id, name: u.name, registered_at: u.registeredAt, ...this.updateValues(u), created_at: u.createdAt };
  }

  updateValues(u: DistrictUnit): ColumnValues {
    return { status: u.status, dissolved_at: u.dissolvedAt, sequence: u.sequence, updated_at: u.updatedAt };
  }

  /** What find reads, for the command runner's read of a case with its Idempotency-Key. */
  readonly columns = COLUMNS;

  fromRow(r: Row): DistrictUnit {
    return toUnit(r);
  }

  find(em: EntityManager, id: string): Promise<DistrictUnit | null> {
    return this.findById(em, id);
  }

  async findById(em: EntityManager, id: string): Promise<DistrictUnit | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM legal_affairs.district_units WHERE id = $1`, [id]);
    return rows.length ? toUnit(rows[0]) : null;
  }

  /** Holds, for the transaction, the right to register `name`: two registrations of one name run one after the other. */
  async lockName(em: EntityManager, name: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('legal_affairs.district_units:' || $1, 0))`, [name]);
  }

  async findActiveByName(em: EntityManager, name: string): Promise<DistrictUnit | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM legal_affairs.district_units WHERE name = $1 AND status = 'active'`, [name]);
    return rows.length ? toUnit(rows[0]) : null;
  }

  async insert(em: EntityManager, u: DistrictUnit): Promise<void> {
    const values = this.insertValues(u);
    const names = Object.keys(values);
    await em.query(`INSERT INTO legal_affairs.district_units (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})`, Object.values(values));
  }

  /** A page of units ordered by registeredAt then id, filtered; keyset-paged by cursor. */
  async list(em: EntityManager, f: UnitFilter): Promise<Page<DistrictUnit>> {
    const where = new SqlWhere();
    if (f.status) where.add('status = ?', f.status);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'legal_affairs.district_units', where, key: UNIT_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toUnit), nextCursor: page.nextCursor };
  }

  /**
   * Every unit in the registry at `at` (registered by then, not yet dissolved), and whether an
   * engagement naming it was running then (started by `at`, not ended by it); by name.
   */
  async coverageAt(em: EntityManager, at: Date): Promise<UnitCoverage[]> {
    const rows: Row[] = await em.query(
      `SELECT u.name, EXISTS (
         SELECT 1 FROM legal_affairs.engagements e
         WHERE e.unit = u.name AND e.started_at <= $1 AND (e.ended_at IS NULL OR e.ended_at > $1)
       ) AS covered
       FROM legal_affairs.district_units u
       WHERE u.registered_at <= $1 AND (u.dissolved_at IS NULL OR u.dissolved_at > $1)
       ORDER BY u.name`,
      [at],
    );
    return rows.map((r) => ({ name: r.name, covered: r.covered }));
  }
}
