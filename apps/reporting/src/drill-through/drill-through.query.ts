import { toSafeInteger } from '@casetrack/persistence';
import { keysetPage, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DrillThroughRequest, FACT_KEY } from './drill-through.request';

/** One counted unit of a figure: its case, the events that put it there, and the part of the case when the unit is one (a hearing). */
export interface DrillThroughItem {
  caseId: string;
  eventIds: string[];
  [part: string]: string | string[];
}

/** Reads the figure facts behind a count figure: their number and one page of them, from one snapshot. */
@Injectable()
export class DrillThroughQuery {
  constructor(private readonly dataSource: DataSource) {}

  /** The total (equal to the figure) and a keyset page ordered by case id, then unit. */
  async page(q: { district: string; year: number; area: string; parts?: Readonly<Record<string, string>> }, r: DrillThroughRequest) {
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
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
