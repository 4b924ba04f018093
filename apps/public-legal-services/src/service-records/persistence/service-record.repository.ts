import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ServiceRecord } from '../domain/service-record';

const COLUMNS = `id, platform_id, level, channel, kind, persons, served_at, note, sequence, created_at, updated_at`;

type Row = Record<string, any>;

/** The records list's order and cursor: when served, then id. */
export const SERVICE_RECORD_KEY: readonly KeyColumn[] = [
  { sql: 'served_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const toRecord = (r: Row): ServiceRecord => ({
  id: r.id, platformId: r.platform_id, level: r.level, channel: r.channel, kind: r.kind, persons: r.persons, servedAt: r.served_at, note: r.note,
  sequence: r.sequence, createdAt: r.created_at, updatedAt: r.updated_at,
});

export interface ServiceRecordFilter {
  platformId?: string;
  channel?: string;
  kind?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
}

/** Services given, in public_legal_services.service_records. */
@Injectable()
export class ServiceRecordRepository implements CaseTable<ServiceRecord> {
  readonly entity = 'service';
  readonly table = 'public_legal_services.service_records';

  insertValues(r: ServiceRecord): ColumnValues {
    return {
      id: r.id, platform_id: r.platformId, level: r.level, channel: r.channel, kind: r.kind, persons: r.persons, served_at: r.servedAt, note: r.note,
      ...this.updateValues(r), created_at: r.createdAt,
    };
  }

  updateValues(r: ServiceRecord): ColumnValues {
    return { sequence: r.sequence, updated_at: r.updatedAt };
  }

  find(em: EntityManager, id: string): Promise<ServiceRecord | null> {
    return this.findById(em, id);
  }

  async findById(em: EntityManager, id: string): Promise<ServiceRecord | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM public_legal_services.service_records WHERE id = $1`, [id]);
    return rows.length ? toRecord(rows[0]) : null;
  }

  async insert(em: EntityManager, r: ServiceRecord): Promise<void> {
    const values = this.insertValues(r);
    const names = Object.keys(values);
    await em.query(`INSERT INTO public_legal_services.service_records (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})`, Object.values(values));
  }

  /** A page of records ordered by servedAt then id, filtered; keyset-paged by cursor. */
  async list(em: EntityManager, f: ServiceRecordFilter): Promise<Page<ServiceRecord>> {
    const where = new SqlWhere();
    if (f.platformId) where.add('platform_id = ?', f.platformId);
    if (f.channel) where.add('channel = ?', f.channel);
    if (f.kind) where.add('kind = ?', f.kind);
    if (f.from) where.add('served_at >= ?', f.from);
    if (f.to) where.add('served_at < ?', f.to);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'public_legal_services.service_records', where, key: SERVICE_RECORD_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toRecord), nextCursor: page.nextCursor };
  }
}
