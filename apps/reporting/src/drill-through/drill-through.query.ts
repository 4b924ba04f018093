import { toSafeInteger } from '@casetrack/persistence';
import { encodeCursor } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DrillThroughRequest } from './drill-through.request';

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
      const params: unknown[] = [q.district, q.area, q.year, r.factFigures, JSON.stringify(r.contains)];
      const where = `district = $1 AND area = $2 AND year = $3 AND figure = ANY($4::text[]) AND dimensions @> $5::jsonb`;
      const [{ total }] = await em.query(`SELECT count(*) AS total FROM figure_facts WHERE ${where}`, params);
      const after = r.after ? ` AND (case_id, slot) > ($6::uuid, $7::text)` : '';
      const pageParams = [...params, ...(r.after ? [r.after.caseId, r.after.slot] : []), r.limit + 1];
      const rows: { case_id: string; slot: string; event_ids: string[] }[] = await em.query(
        `SELECT case_id, slot, event_ids FROM figure_facts WHERE ${where}${after} ORDER BY case_id, slot LIMIT $${pageParams.length}`,
        pageParams,
      );
      const page = rows.slice(0, r.limit);
      const items: DrillThroughItem[] = page.map((row) => {
        const item: DrillThroughItem = { caseId: row.case_id, eventIds: row.event_ids };
        const [prefix, id] = row.slot.split(':');
        if (id !== undefined && q.parts?.[prefix]) item[q.parts[prefix]] = id;
        return item;
      });
      const last = page[page.length - 1];
      return { total: toSafeInteger(total), items, nextCursor: rows.length > r.limit && last ? encodeCursor(last.case_id, last.slot) : null };
    });
  }
}
