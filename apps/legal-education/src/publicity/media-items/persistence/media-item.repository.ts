import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MediaItem } from '../domain/media-item';

const COLUMNS = `id, level, outlet, headline, adopted_at, sequence, created_at, updated_at`;

type Row = Record<string, any>;

/** The list's order and cursor: adoptedAt, then id. */
export const MEDIA_ITEM_KEY: readonly KeyColumn[] = [
  { sql: 'adopted_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const toMediaItem = (r: Row): MediaItem => ({ id: r.id, level: r.level, outlet: r.outlet, headline: r.headline, adoptedAt: r.adopted_at, sequence: r.sequence, createdAt: r.created_at, updatedAt: r.updated_at });

export interface MediaItemFilter {
  level?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
}

/** Media items in legal_education.media_items. */
@Injectable()
export class MediaItemRepository implements CaseTable<MediaItem> {
  readonly entity = 'media-item';
  readonly table = 'legal_education.media_items';

  insertValues(x: MediaItem): ColumnValues {
    return { id: x.id, level: x.level, outlet: x.outlet, headline: x.headline, adopted_at: x.adoptedAt, ...this.updateValues(x), created_at: x.createdAt };
  }

  updateValues(x: MediaItem): ColumnValues {
    return { sequence: x.sequence, updated_at: x.updatedAt };
  }

  find(em: EntityManager, id: string): Promise<MediaItem | null> {
    return this.findById(em, id);
  }

  async findById(em: EntityManager, id: string): Promise<MediaItem | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM legal_education.media_items WHERE id = $1`, [id]);
    return rows.length ? toMediaItem(rows[0]) : null;
  }

  /** A page ordered by adoptedAt then id, filtered; keyset-paged by cursor. */
  async list(em: EntityManager, f: MediaItemFilter): Promise<Page<MediaItem>> {
    const where = new SqlWhere();
    if (f.level) where.add('level = ?', f.level);
    if (f.from) where.add('adopted_at >= ?', f.from);
    if (f.to) where.add('adopted_at < ?', f.to);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'legal_education.media_items', where, key: MEDIA_ITEM_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toMediaItem), nextCursor: page.nextCursor };
  }
}
