import { toSafeInteger } from '@casetrack/persistence';
import { keysetPage, SERVICE_CONFIG, ServiceConfig, SqlWhere } from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DrillThroughItem, DrillThroughPage, ListReader } from './area-figures';
import { DrillThroughRequest, FACT_KEY } from './drill-through.request';

export type { DrillThroughItem } from './area-figures';

/** Reads the figure facts behind a count figure: their number and one page of them, from one snapshot. */
@Injectable()
export class DrillThroughQuery {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  /** The total (equal to the figure) and a keyset page ordered by case id, then unit. */
  async page(
    q: { district: string; year: number; area: string; parts?: Readonly<Record<string, string>>; lists?: Readonly<Record<string, ListReader>> },
    r: DrillThroughRequest,
  ): Promise<DrillThroughPage> {
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const list = q.lists?.[r.figure];
      if (list) return list(em, { district: q.district, year: q.year, timeZone: this.config.timeZone }, { limit: r.limit, cursor: r.cursor });
      const where = new SqlWhere()
        .add('district = ? AND area = ? AND year = ?', q.district, q.area, q.year)
        .add('figure = ANY(?::text[]) AND dimensions @> ?::jsonb', r.factFigures, JSON.stringify(r.contains));
      const [{ total }] = await em.query(`SELECT count(*) AS total FROM figure_facts ${where.sql}`, where.params);
      const page = await keysetPage<{ case_id: string; slot: string; event_ids: string[] }>(em, {
        select: 'case_id, slot, event_ids', from: 'figure_facts', where, key: FACT_KEY, cursor: r.cursor, limit: r.limit,
      });
      const items: DrillThroughItem[] = page.rows.map((row) => {
        const item: DrillThroughItem = { caseId: row.case_id, eventIds: row.event_ids };
        const [prefix, id] = row.slot.split(':');
        if (id !== undefined && q.parts?.[prefix]) item[q.parts[prefix]] = id;
        return item;
      });
      return { total: toSafeInteger(total), items, nextCursor: page.nextCursor };
    });
  }
}
