import { CaseEvent, LEGAL_AFFAIRS_EVENTS, LegalAffairsEvent, Topics } from '@casetrack/contracts';
import { BatchPosition } from '@casetrack/messaging';
import { SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FigureFactBatch } from '../drill-through/figure-facts';
import { AreaProjection } from '../projections/area-projection';
import { LEGAL_AFFAIRS_AREA, LEGAL_AFFAIRS_COUNTERS, LegalAffairsCounter, legalAffairsFactsOf, legalAffairsNoteOf } from './legal-affairs-facts';

/** The rollup column of a counter: agendaMeetings → agenda_meetings. */
export const columnOf = (counter: LegalAffairsCounter) => counter.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

interface Cell {
  district: string;
  year: number;
  month: number;
  unit: string;
  delta: Record<LegalAffairsCounter, number>;
}

/** A unit of the registry or an engagement: its case and its period (the end null while it runs). */
interface Period {
  district: string;
  caseId: string;
  unit: string;
  from: string;
  to: string | null;
  /** The event that opened the period (registered, engaged) and the one that closed it, when this batch has them. */
  startEventId: string | null;
  endEventId: string | null;
}

/** The period an event says of its unit or engagement, in the table it goes to; null for the others. */
function periodOf(event: LegalAffairsEvent): { table: 'units' | 'engagements'; period: Period } | null {
  const base = { district: event.district, caseId: event.caseId.toLowerCase() };
  const opens = { startEventId: event.eventId, endEventId: null };
  const closes = { startEventId: null, endEventId: event.eventId };
  switch (event.type) {
    case 'legalaffairs.district-unit.registered':
      return { table: 'units', period: { ...base, unit: event.payload.unit, from: event.payload.registeredAt, to: null, ...opens } };
    case 'legalaffairs.district-unit.dissolved':
      return { table: 'units', period: { ...base, unit: event.payload.unit, from: event.payload.registeredAt, to: event.payload.dissolvedAt, ...closes } };
    case 'legalaffairs.adviser.engaged':
      return { table: 'engagements', period: { ...base, unit: event.payload.unit, from: event.payload.startedAt, to: null, ...opens } };
    case 'legalaffairs.adviser.work-recorded':
      return { table: 'engagements', period: { ...base, unit: event.payload.unit, from: event.payload.startedAt, to: null, startEventId: null, endEventId: null } };
    case 'legalaffairs.adviser.engagement-ended':
      return { table: 'engagements', period: { ...base, unit: event.payload.unit, from: event.payload.startedAt, to: event.payload.endedAt, ...closes } };
    default:
      return null;
  }
}

const zeros = () => Object.fromEntries(LEGAL_AFFAIRS_COUNTERS.map((c) => [c, 0])) as Record<LegalAffairsCounter, number>;

/**
 * Folds legal-affairs events into legal_affairs_rollup: each counted unit (a meeting, a document
 * reviewed, a work record, …) adds one to its counter in the cell of its district, the year and
 * month of its business time (district time zone) and its unit ('' for meetings, which have none).
 * A batch becomes one write of the figure facts and one upsert of the rollup, rows in key order.
 */
@Injectable()
export class LegalAffairsRollupProjection implements AreaProjection {
  readonly topic = Topics.legalAffairs;
  readonly handledTypes: ReadonlySet<string> = new Set(LEGAL_AFFAIRS_EVENTS.map((d) => d.type));

  constructor(@Inject(SERVICE_CONFIG) private readonly config: ServiceConfig) {}

  async apply(em: EntityManager, events: readonly CaseEvent[], position?: BatchPosition): Promise<void> {
    const facts = new FigureFactBatch(events, position);
    const cells = new Map<string, Cell>();
    const periods = { units: new Map<string, Period>(), engagements: new Map<string, Period>() };
    for (const event of events as readonly LegalAffairsEvent[]) {
      const p = periodOf(event);
      if (p) {
        // Every event of a unit or engagement carries its start; an end, once said, stays (in any
        // order), and so do the events that opened and closed the period.
        const key = `${p.period.district}|${p.period.caseId}`;
        const known = periods[p.table].get(key);
        periods[p.table].set(key, {
          ...p.period,
          to: p.period.to ?? known?.to ?? null,
          startEventId: p.period.startEventId ?? known?.startEventId ?? null,
          endEventId: p.period.endEventId ?? known?.endEventId ?? null,
        });
      }
      const note = legalAffairsNoteOf(event, this.config.timeZone);
      if (note) facts.note(event, LEGAL_AFFAIRS_AREA, note.year, note.changes);
      for (const fact of legalAffairsFactsOf(event, this.config.timeZone)) {
        facts.record(event, fact);
        const { month, unit = '' } = fact.dimensions as { month: number; unit?: string };
        const key = JSON.stringify([event.district, fact.year, month, unit]);
        let cell = cells.get(key);
        if (!cell) cells.set(key, (cell = { district: event.district, year: fact.year, month, unit, delta: zeros() }));
        cell.delta[fact.figure as LegalAffairsCounter] += 1;
      }
    }
    await facts.write(em);
    for (const [table, map] of [['legal_affairs_units', periods.units], ['legal_affairs_engagements', periods.engagements]] as const) {
      const rows = [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, p]) => p);
      if (rows.length === 0) continue;
      const [from, to] = table === 'legal_affairs_units' ? ['registered_at', 'dissolved_at'] : ['started_at', 'ended_at'];
      await em.query(
        `INSERT INTO ${table} AS t (district, case_id, unit, ${from}, ${to}, start_event_id, end_event_id)
         SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::uuid[], $7::uuid[])
         ON CONFLICT (district, case_id) DO UPDATE SET ${to} = coalesce(excluded.${to}, t.${to}),
           start_event_id = coalesce(t.start_event_id, excluded.start_event_id), end_event_id = coalesce(t.end_event_id, excluded.end_event_id)`,
        [
          rows.map((r) => r.district), rows.map((r) => r.caseId), rows.map((r) => r.unit), rows.map((r) => r.from), rows.map((r) => r.to),
          rows.map((r) => r.startEventId), rows.map((r) => r.endEventId),
        ],
      );
    }
    // Last, like every area's rollup: its rows are shared by every batch and stay locked until the commit.
    const rows = [...cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, c]) => c);
    if (rows.length === 0) return;
    const columns = LEGAL_AFFAIRS_COUNTERS.map(columnOf);
    await em.query(
      `INSERT INTO legal_affairs_rollup AS r (district, year, month, unit, ${columns.join(', ')})
       SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], ${columns.map((_, i) => `$${i + 5}::bigint[]`).join(', ')})
       ON CONFLICT (district, year, month, unit) DO UPDATE SET ${columns.map((c) => `${c} = r.${c} + excluded.${c}`).join(', ')}`,
      [rows.map((c) => c.district), rows.map((c) => c.year), rows.map((c) => c.month), rows.map((c) => c.unit), ...LEGAL_AFFAIRS_COUNTERS.map((k) => rows.map((c) => c.delta[k]))],
    );
  }
}
