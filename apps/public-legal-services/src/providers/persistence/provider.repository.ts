import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Provider } from '../domain/provider';

const COLUMNS = `id, kind, name, registered_at, status, deregistered_at, sequence, created_at, updated_at`;
type Row = Record<string, any>;

export const PROVIDER_KEY: readonly KeyColumn[] = [
  { sql: 'registered_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const toProvider = (r: Row): Provider => ({
  id: r.id, kind: r.kind, name: r.name, registeredAt: r.registered_at, status: r.status, deregisteredAt: r.deregistered_at,
  sequence: r.sequence, createdAt: r.created_at, updatedAt: r.updated_at,
});

/** Legal-service providers in public_legal_services.providers. */
@Injectable()
export class ProviderRepository implements CaseTable<Provider> {
  readonly entity = 'provider';
  readonly table = 'public_legal_services.providers';

  insertValues(p: Provider): ColumnValues {
    return { id: p.id, kind: p.kind, name: p.name, registered_at: p.registeredAt, ...this.updateValues(p), created_at: p.createdAt };
  }

  updateValues(p: Provider): ColumnValues {
    return { status: p.status, deregistered_at: p.deregisteredAt, sequence: p.sequence, updated_at: p.updatedAt };
  }

  find(em: EntityManager, id: string): Promise<Provider | null> {
    return this.findById(em, id);
  }

  async findById(em: EntityManager, id: string): Promise<Provider | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM public_legal_services.providers WHERE id = $1`, [id]);
    return rows.length ? toProvider(rows[0]) : null;
  }

  async list(em: EntityManager, f: { kind?: string; status?: string; limit: number; cursor?: string }): Promise<Page<Provider>> {
    const where = new SqlWhere();
    if (f.kind) where.add('kind = ?', f.kind);
    if (f.status) where.add('status = ?', f.status);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'public_legal_services.providers', where, key: PROVIDER_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toProvider), nextCursor: page.nextCursor };
  }
}
