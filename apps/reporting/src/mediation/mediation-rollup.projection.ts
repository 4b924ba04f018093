import { CaseEvent, calendarDateIn, MEDIATION_EVENTS, MediationEvent, Topics } from '@casetrack/contracts';
import { SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AreaProjection } from '../projections/area-projection';

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
 * Folds mediation events into reporting.mediation_rollup: each event adds one to one counter of
 * the cell of its district, its business time's year and month (in the district time zone) and
 * its dimensions. A batch becomes one upsert, whatever its size.
 */
@Injectable()
export class MediationRollupProjection implements AreaProjection {
  readonly topic = Topics.mediation;
  readonly handledTypes: ReadonlySet<string> = new Set(MEDIATION_EVENTS.map((d) => d.type));

  constructor(@Inject(SERVICE_CONFIG) private readonly config: ServiceConfig) {}

  async apply(em: EntityManager, events: readonly CaseEvent[]): Promise<void> {
    const cells = new Map<string, Cell>();
    const committees: MediationEvent[] = [];
    for (const event of events as readonly MediationEvent[]) {
      const counted = this.counterOf(event);
      if (counted === null) {
        committees.push(event);
        continue;
      }
      const { counter, at } = counted;
      const p = event.payload as { category: string; committeeKind: string; source: string };
      const { year, month } = calendarDateIn(this.config.timeZone, at);
      const key = `${event.district}|${year}|${month}|${p.category}|${p.committeeKind}|${p.source}`;
      let cell = cells.get(key);
      if (!cell) {
        cell = { district: event.district, year, month, category: p.category, committeeKind: p.committeeKind, source: p.source, delta: { registered: 0, succeeded: 0, failed: 0, withdrawn: 0 } };
        cells.set(key, cell);
      }
      cell.delta[counter] += 1;
    }
    if (cells.size > 0) await this.upsert(em, [...cells.keys()].sort().map((k) => cells.get(k)!));
    for (const event of committees) {
      if (event.type !== 'mediation.committee.registered') continue;
      await em.query(
        `INSERT INTO reporting.mediation_committees (district, code, kind, field, established_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (district, code) DO UPDATE SET kind = excluded.kind, field = excluded.field, established_at = excluded.established_at`,
        [event.district, event.payload.code, event.payload.kind, event.payload.field, event.payload.establishedAt],
      );
    }
  }

  /** Which counter an event moves and by which business time; null for committee events. */
  private counterOf(event: MediationEvent): { counter: Counter; at: string } | null {
    switch (event.type) {
      case 'mediation.dispute.registered':
        return { counter: 'registered', at: event.payload.receivedAt };
      case 'mediation.dispute.concluded':
        return { counter: event.payload.result === 'success' ? 'succeeded' : 'failed', at: event.payload.concludedAt };
      case 'mediation.dispute.withdrawn':
        return { counter: 'withdrawn', at: event.payload.withdrawnAt };
      case 'mediation.committee.registered':
        return null;
      default: {
        const unhandled: never = event;
        throw new Error(`unhandled mediation event ${(unhandled as CaseEvent).type}`);
      }
    }
  }

  private async upsert(em: EntityManager, cells: Cell[]): Promise<void> {
    const col = <T>(f: (c: Cell) => T) => cells.map(f);
    await em.query(
      `INSERT INTO reporting.mediation_rollup AS r (district, year, month, category, committee_kind, source, ${COUNTERS.join(', ')})
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
