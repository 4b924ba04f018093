import { CaseEvent, calendarDateIn, MEDIATION_EVENTS, MediationEvent, Topics } from '@casetrack/contracts';
import { BatchPosition } from '@casetrack/messaging';
import { SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FigureFactBatch } from '../drill-through/figure-facts';
import { AreaProjection } from '../projections/area-projection';
import { MEDIATION_AREA, mediationFactOf } from './mediation-facts';

type CommitteeRegistered = Extract<MediationEvent, { type: 'mediation.committee.registered' }>;
type Counter = 'registered' | 'succeeded' | 'failed' | 'withdrawn';
const COUNTERS: Counter[] = ['registered', 'succeeded', 'failed', 'withdrawn'];

interface Cell {
  district: string;
  year: number;
  month: number;
  category: string;
  committeeKind: string;
  source: string;
  delta: Record<Counter, number>;
}

/**
 * Folds mediation events into mediation_rollup: each event adds one to one counter of
 * the cell of its district, its business time's year and month (in the district time zone) and
 * its dimensions (a correction moves one between succeeded and failed). A batch becomes one
 * upsert of the rollup and one of the committees, whatever its size, and one write of the figure
 * facts behind the counters.
 */
@Injectable()
export class MediationRollupProjection implements AreaProjection {
  readonly topic = Topics.mediation;
  readonly handledTypes: ReadonlySet<string> = new Set(MEDIATION_EVENTS.map((d) => d.type));

  constructor(@Inject(SERVICE_CONFIG) private readonly config: ServiceConfig) {}

  async apply(em: EntityManager, events: readonly CaseEvent[], position?: BatchPosition): Promise<void> {
    const cells = new Map<string, Cell>();
    const facts = new FigureFactBatch(events, position);
    const committees: MediationEvent[] = [];
    for (const event of events as readonly MediationEvent[]) {
      const fact = mediationFactOf(event, this.config.timeZone);
      if (fact === null) {
        committees.push(event);
        continue;
      }
      facts.record(event, fact);
      const { category, committeeKind, source, month } = fact.dimensions as { category: string; committeeKind: string; source: string; month: number };
      const key = `${event.district}|${fact.year}|${month}|${category}|${committeeKind}|${source}`;
      let cell = cells.get(key);
      if (!cell) {
        cell = { district: event.district, year: fact.year, month, category, committeeKind, source, delta: { registered: 0, succeeded: 0, failed: 0, withdrawn: 0 } };
        cells.set(key, cell);
      }
      for (const [counter, delta] of Object.entries(fact.changes)) cell.delta[counter as Counter] += delta;
    }
    // The latest registration of a committee in the batch wins, as it would one statement at a time.
    const latest = new Map<string, CommitteeRegistered>();
    for (const event of committees) {
      if (event.type !== 'mediation.committee.registered') continue;
      latest.set(`${event.district}|${event.payload.code}`, event);
      const { year } = calendarDateIn(this.config.timeZone, event.payload.establishedAt);
      facts.note(event, MEDIATION_AREA, year, { [`committeesByKind.${event.payload.kind}`]: 1 });
    }
    if (latest.size > 0) await this.upsertCommittees(em, [...latest.keys()].sort().map((k) => latest.get(k)!));
    await facts.write(em);
    // Last: every batch adds to the same rollup rows, and a row stays locked until the commit, so the
    // rows are taken as late as possible (a concurrent partition's batch waits only for the commit).
    if (cells.size > 0) await this.upsert(em, [...cells.keys()].sort().map((k) => cells.get(k)!));
  }

  private async upsertCommittees(em: EntityManager, events: CommitteeRegistered[]): Promise<void> {
    await em.query(
      `INSERT INTO mediation_committees (district, code, kind, field, established_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])
       ON CONFLICT (district, code) DO UPDATE SET kind = excluded.kind, field = excluded.field, established_at = excluded.established_at`,
      [events.map((e) => e.district), events.map((e) => e.payload.code), events.map((e) => e.payload.kind), events.map((e) => e.payload.field), events.map((e) => e.payload.establishedAt)],
    );
  }

  private async upsert(em: EntityManager, cells: Cell[]): Promise<void> {
    const col = <T>(f: (c: Cell) => T) => cells.map(f);
    await em.query(
      `INSERT INTO mediation_rollup AS r (district, year, month, category, committee_kind, source, ${COUNTERS.join(', ')})
       SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::bigint[], $9::bigint[], $10::bigint[])
       ON CONFLICT (district, year, month, category, committee_kind, source) DO UPDATE SET
         ${COUNTERS.map((c) => `${c} = r.${c} + excluded.${c}`).join(', ')}`,
      [
        col((c) => c.district), col((c) => c.year), col((c) => c.month), col((c) => c.category), col((c) => c.committeeKind),
        col((c) => c.source), ...COUNTERS.map((k) => col((c) => c.delta[k])),
      ],
    );
  }
}
