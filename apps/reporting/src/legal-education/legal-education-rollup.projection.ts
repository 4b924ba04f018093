import { CaseEvent, LEGAL_EDUCATION_EVENTS, LegalEducationEvent, Topics } from '@casetrack/contracts';
import { BatchPosition } from '@casetrack/messaging';
import { SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FigureFactBatch } from '../drill-through/figure-facts';
import { AreaProjection } from '../projections/area-projection';
import { LEGAL_EDUCATION_AREA, LEGAL_EDUCATION_COLUMNS, LegalEducationColumn, legalEducationFactsOf, legalEducationNoteOf } from './legal-education-facts';

/** The rollup column of a counter or a sum: enforcementSessions → enforcement_sessions. */
export const columnOf = (c: LegalEducationColumn) => c.replace(/[A-Z]/g, (x) => `_${x.toLowerCase()}`);

interface Cell {
  district: string;
  year: number;
  month: number;
  unit: string;
  delta: Record<LegalEducationColumn, number>;
}

const zeros = () => Object.fromEntries(LEGAL_EDUCATION_COLUMNS.map((c) => [c, 0])) as Record<LegalEducationColumn, number>;

/**
 * Folds legal-education events into legal_education_rollup: each counted unit adds one to its
 * counter, and its headcounts to their sums, in the cell of its district, the year and month of
 * its business time (district time zone) and its unit ('' for those without one). A batch becomes
 * one write of the figure facts and one upsert of the rollup, rows in key order.
 */
@Injectable()
export class LegalEducationRollupProjection implements AreaProjection {
  readonly topic = Topics.legalEducation;
  readonly handledTypes: ReadonlySet<string> = new Set(LEGAL_EDUCATION_EVENTS.map((d) => d.type));

  constructor(@Inject(SERVICE_CONFIG) private readonly config: ServiceConfig) {}

  async apply(em: EntityManager, events: readonly CaseEvent[], position?: BatchPosition): Promise<void> {
    const facts = new FigureFactBatch(events, position);
    const cells = new Map<string, Cell>();
    for (const event of events as readonly LegalEducationEvent[]) {
      const note = legalEducationNoteOf(event, this.config.timeZone);
      if (note) facts.note(event, LEGAL_EDUCATION_AREA, note.year, note.changes);
      for (const fact of legalEducationFactsOf(event, this.config.timeZone)) {
        facts.record(event, fact);
        const { month, unit = '' } = fact.dimensions as { month: number; unit?: string };
        const key = JSON.stringify([event.district, fact.year, month, unit]);
        let cell = cells.get(key);
        if (!cell) cells.set(key, (cell = { district: event.district, year: fact.year, month, unit, delta: zeros() }));
        for (const [column, n] of Object.entries(fact.changes)) cell.delta[column as LegalEducationColumn] += n;
      }
    }
    await facts.write(em);
    // Last, like every area's rollup: its rows are shared by every batch and stay locked until the commit.
    const rows = [...cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, c]) => c);
    if (rows.length === 0) return;
    const columns = LEGAL_EDUCATION_COLUMNS.map(columnOf);
    await em.query(
      `INSERT INTO legal_education_rollup AS r (district, year, month, unit, ${columns.join(', ')})
       SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], ${columns.map((_, i) => `$${i + 5}::bigint[]`).join(', ')})
       ON CONFLICT (district, year, month, unit) DO UPDATE SET ${columns.map((c) => `${c} = r.${c} + excluded.${c}`).join(', ')}`,
      [rows.map((c) => c.district), rows.map((c) => c.year), rows.map((c) => c.month), rows.map((c) => c.unit), ...LEGAL_EDUCATION_COLUMNS.map((k) => rows.map((c) => c.delta[k]))],
    );
  }
}
