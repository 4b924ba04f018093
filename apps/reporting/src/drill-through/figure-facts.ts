import { CaseEvent } from '@casetrack/contracts';
import { BatchPosition } from '@casetrack/messaging';
import { EntityManager } from 'typeorm';

/** A dimension value of a fact: text, a month number, or several values (a case's applicant groups). */
export type DimensionValue = string | number | readonly string[];

/**
 * What one event makes true of one counted unit: the case (or its hearing, its reviewed file) is in
 * `figure` of `area` for `year`, with these dimensions. `slot` names the unit within the case
 * (`conclusion`, `hearing:<id>`), so a later event — a correction — lands on the same row and
 * moves it instead of adding a second one. `changes` is what the event did to the figures
 * (`{ succeeded: -1, failed: 1 }`, `{ benefitFen: 2500 }`): the journal behind "what changed since".
 */
export interface FigureFact {
  area: string;
  figure: string;
  slot: string;
  year: number;
  dimensions: Record<string, DimensionValue>;
  changes: Record<string, number>;
  /** The counted case when it is not the event's case (a reviewed file of a campaign). */
  caseId?: string;
}

interface FactRow {
  area: string;
  caseId: string;
  slot: string;
  district: string;
  figure: string;
  year: number;
  dimensions: Record<string, DimensionValue>;
  eventIds: string[];
}

interface JournalRow {
  eventId: string;
  type: string;
  caseId: string;
  district: string;
  area: string;
  year: number;
  offset: string | null;
  changes: Record<string, number>;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Collects a batch's figure facts in memory and writes them with one multi-row upsert (plus one
 * insert into the change journal), in the projection's transaction: the facts, the rollups and the
 * inbox commit together, so a drill-through list always has exactly as many rows as its figure.
 * Several events on one unit within a batch (a conclusion and its correction) fold into one row.
 */
export class FigureFactBatch {
  private readonly rows = new Map<string, FactRow>();
  private readonly journal = new Map<string, JournalRow>();
  private readonly offsets = new Map<string, string>();

  constructor(
    events: readonly CaseEvent[],
    private readonly position?: BatchPosition,
  ) {
    if (position) events.forEach((e, i) => this.offsets.set(e.eventId, position.offsets[i]));
  }

  /** Records that `event` put a unit into a figure (new, moved or only amended: the row follows the latest event). */
  record(event: CaseEvent, fact: FigureFact): void {
    const caseId = (fact.caseId ?? event.caseId).toLowerCase();
    const key = `${fact.area}|${caseId}|${fact.slot}`;
    const row = this.rows.get(key);
    if (row) {
      Object.assign(row, { figure: fact.figure, year: fact.year, dimensions: fact.dimensions });
      row.eventIds.push(event.eventId);
    } else
      this.rows.set(key, { area: fact.area, caseId, slot: fact.slot, district: event.district, figure: fact.figure, year: fact.year, dimensions: fact.dimensions, eventIds: [event.eventId] });
    this.note(event, fact.area, fact.year, fact.changes);
  }

  /** Journals figure changes of an event that puts no unit in a list (e.g. a committee set up). */
  note(event: CaseEvent, area: string, year: number, changes: Record<string, number>): void {
    const entry = this.journal.get(event.eventId);
    if (!entry) {
      const offset = this.offsets.get(event.eventId) ?? null;
      this.journal.set(event.eventId, { eventId: event.eventId, type: event.type, caseId: event.caseId, district: event.district, area, year, offset, changes: { ...changes } });
      return;
    }
    for (const [figure, delta] of Object.entries(changes)) entry.changes[figure] = (entry.changes[figure] ?? 0) + delta;
  }

  /** Writes the facts (rows in key order, so concurrent batches lock them in one order) and the journal. */
  async write(em: EntityManager): Promise<void> {
    const rows = [...this.rows.entries()].sort(([a], [b]) => compare(a, b)).map(([, r]) => r);
    // Each statement takes its rows as one JSON document: one JSON.stringify here and one parse
    // there, instead of a text array per column (every element escaped here, parsed there, and the
    // dimensions and changes parsed a second time as jsonb).
    if (rows.length > 0)
      await em.query(
        `INSERT INTO figure_facts AS f (area, case_id, slot, district, figure, year, dimensions, event_ids)
         SELECT area, case_id, slot, district, figure, year, dimensions, event_ids
           FROM jsonb_to_recordset($1::jsonb) AS t(area text, case_id uuid, slot text, district text, figure text, year int, dimensions jsonb, event_ids uuid[])
         ON CONFLICT (area, case_id, slot) DO UPDATE SET
           figure = excluded.figure, year = excluded.year, district = excluded.district, dimensions = excluded.dimensions,
           event_ids = f.event_ids || excluded.event_ids, applied_at = excluded.applied_at`,
        [
          JSON.stringify(
            rows.map((r) => ({ area: r.area, case_id: r.caseId, slot: r.slot, district: r.district, figure: r.figure, year: r.year, dimensions: r.dimensions, event_ids: r.eventIds })),
          ),
        ],
      );
    const journal = [...this.journal.values()].sort((a, b) => compare(a.eventId, b.eventId));
    const topic = this.position?.topic ?? null;
    const partition = this.position?.partition ?? null;
    if (journal.length > 0)
      await em.query(
        `INSERT INTO figure_changes (event_id, event_type, case_id, district, area, year, topic, partition, "offset", changes)
         SELECT event_id, event_type, case_id, district, area, year, $2::text, $3::int, "offset", changes
           FROM jsonb_to_recordset($1::jsonb) AS t(event_id uuid, event_type text, case_id uuid, district text, area text, year int, "offset" bigint, changes jsonb)
         ON CONFLICT (event_id) DO NOTHING`,
        [
          JSON.stringify(journal.map((j) => ({ event_id: j.eventId, event_type: j.type, case_id: j.caseId, district: j.district, area: j.area, year: j.year, offset: j.offset, changes: j.changes }))),
          topic,
          partition,
        ],
      );
  }
}
