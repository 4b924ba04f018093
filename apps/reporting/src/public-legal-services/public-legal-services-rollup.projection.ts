import { CaseEvent, PUBLIC_LEGAL_SERVICES_EVENTS, PublicLegalServicesEvent, Topics } from '@casetrack/contracts';
import { BatchPosition } from '@casetrack/messaging';
import { SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FigureFactBatch } from '../drill-through/figure-facts';
import { AreaProjection } from '../projections/area-projection';
import {
  PUBLIC_LEGAL_SERVICES_COLUMNS, PublicLegalServicesColumn, PublicLegalServicesDimensions, publicLegalServicesFactsOf,
} from './public-legal-services-facts';

/** The rollup column of a figure: personsServed → persons_served. */
export const columnOf = (figure: PublicLegalServicesColumn) => figure.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

interface Cell {
  district: string;
  year: number;
  month: number;
  level: string;
  channel: string;
  delta: Record<PublicLegalServicesColumn, number>;
}

/** A provider in the register: its case, kind and period (the end null while registered). */
interface ProviderPeriod {
  district: string;
  caseId: string;
  kind: string;
  from: string;
  to: string | null;
}

function providerPeriodOf(event: PublicLegalServicesEvent): ProviderPeriod | null {
  const base = { district: event.district, caseId: event.caseId.toLowerCase() };
  switch (event.type) {
    case 'publiclegal.provider.registered':
      return { ...base, kind: event.payload.providerKind, from: event.payload.registeredAt, to: null };
    case 'publiclegal.provider.deregistered':
      return { ...base, kind: event.payload.providerKind, from: event.payload.registeredAt, to: event.payload.deregisteredAt };
    default:
      return null;
  }
}

const zeros = () => Object.fromEntries(PUBLIC_LEGAL_SERVICES_COLUMNS.map((c) => [c, 0])) as Record<PublicLegalServicesColumn, number>;
const byKey = <T>(map: Map<string, T>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);

/**
 * Folds public-legal-services events into public_legal_services_rollup: each counted unit adds one
 * to its counter, and what it carries (persons served, candidates) to the sums, in the cell of its
 * district, year and month (district time zone), level and channel ('' where it has none). The
 * providers' periods go to public_legal_services_providers (the register at the year's end).
 */
@Injectable()
export class PublicLegalServicesRollupProjection implements AreaProjection {
  readonly topic = Topics.publicLegalServices;
  readonly handledTypes: ReadonlySet<string> = new Set(PUBLIC_LEGAL_SERVICES_EVENTS.map((d) => d.type));

  constructor(@Inject(SERVICE_CONFIG) private readonly config: ServiceConfig) {}

  async apply(em: EntityManager, events: readonly CaseEvent[], position?: BatchPosition): Promise<void> {
    const facts = new FigureFactBatch(events, position);
    const cells = new Map<string, Cell>();
    const providers = new Map<string, ProviderPeriod>();
    for (const event of events as readonly PublicLegalServicesEvent[]) {
      const p = providerPeriodOf(event);
      if (p) {
        // Every provider event carries its registration; a deregistration, once said, stays (in any order).
        const key = `${p.district}|${p.caseId}`;
        providers.set(key, { ...p, to: p.to ?? providers.get(key)?.to ?? null });
      }
      for (const fact of publicLegalServicesFactsOf(event, this.config.timeZone)) {
        facts.record(event, fact);
        const { month, level = '', channel = '' } = fact.dimensions as PublicLegalServicesDimensions;
        const key = JSON.stringify([event.district, fact.year, month, level, channel]);
        let cell = cells.get(key);
        if (!cell) cells.set(key, (cell = { district: event.district, year: fact.year, month, level, channel, delta: zeros() }));
        for (const [figure, delta] of Object.entries(fact.changes)) cell.delta[figure as PublicLegalServicesColumn] += delta;
      }
    }
    await facts.write(em);
    const periods = byKey(providers);
    if (periods.length > 0)
      await em.query(
        `INSERT INTO public_legal_services_providers AS t (district, case_id, kind, registered_at, deregistered_at)
         SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::timestamptz[], $5::timestamptz[])
         ON CONFLICT (district, case_id) DO UPDATE SET deregistered_at = coalesce(excluded.deregistered_at, t.deregistered_at)`,
        [periods.map((r) => r.district), periods.map((r) => r.caseId), periods.map((r) => r.kind), periods.map((r) => r.from), periods.map((r) => r.to)],
      );
    // Last, like every area's rollup: its rows are shared by every batch and stay locked until the commit.
    const rows = byKey(cells);
    if (rows.length === 0) return;
    const columns = PUBLIC_LEGAL_SERVICES_COLUMNS.map(columnOf);
    await em.query(
      `INSERT INTO public_legal_services_rollup AS r (district, year, month, level, channel, ${columns.join(', ')})
       SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::text[], ${columns.map((_, i) => `$${i + 6}::bigint[]`).join(', ')})
       ON CONFLICT (district, year, month, level, channel) DO UPDATE SET ${columns.map((c) => `${c} = r.${c} + excluded.${c}`).join(', ')}`,
      [
        rows.map((c) => c.district), rows.map((c) => c.year), rows.map((c) => c.month), rows.map((c) => c.level), rows.map((c) => c.channel),
        ...PUBLIC_LEGAL_SERVICES_COLUMNS.map((k) => rows.map((c) => c.delta[k])),
      ],
    );
  }
}
