import { CaseEvent, LEGAL_AID_EVENTS, LegalAidEvent, Topics } from '@casetrack/contracts';
import { BatchPosition } from '@casetrack/messaging';
import { SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FigureFactBatch } from '../drill-through/figure-facts';
import { AreaProjection } from '../projections/area-projection';
import { Delta, foldLegalAidBatch, LEGAL_AID_COUNTERS } from './legal-aid-batch';
import { legalAidFactOf } from './legal-aid-facts';

const COUNTER_COLUMNS = [...LEGAL_AID_COUNTERS, 'benefit_fen'];
// The benefit goes as decimal text into numeric: exact whatever its size (a BigInt has no JSON or pg form of its own).
const counterArrays = (deltas: Delta[]) => [...LEGAL_AID_COUNTERS.map((c) => deltas.map((d) => d[c])), deltas.map((d) => d.benefitFen.toString())];

/**
 * Applies legal aid events to three tables, one multi-row upsert each per batch (rows in key order,
 * so concurrent batches cannot deadlock): the totals rollup, the applicant-group rollup (a case
 * counts once in each of its groups, never twice in the totals), and the acceptance-days histogram
 * behind the median; the figure facts behind the counters first.
 */
@Injectable()
export class LegalAidRollupProjection implements AreaProjection {
  readonly topic = Topics.legalAid;
  readonly handledTypes: ReadonlySet<string> = new Set(LEGAL_AID_EVENTS.map((d) => d.type));

  constructor(@Inject(SERVICE_CONFIG) private readonly config: ServiceConfig) {}

  async apply(em: EntityManager, events: readonly CaseEvent[], position?: BatchPosition): Promise<void> {
    const batch = foldLegalAidBatch(events as readonly LegalAidEvent[], this.config.timeZone);
    const facts = new FigureFactBatch(events, position);
    for (const event of events as readonly LegalAidEvent[]) facts.record(event, legalAidFactOf(event, this.config.timeZone));
    await facts.write(em);
    // The rollups last: their rows are shared by every batch and stay locked until the commit.
    const t = batch.totals;
    if (t.length > 0)
      await em.query(
        `INSERT INTO legal_aid_rollup AS r (district, year, month, case_type, matter, channel, ${COUNTER_COLUMNS.join(', ')})
         SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[],
                              $7::bigint[], $8::bigint[], $9::bigint[], $10::bigint[], $11::bigint[], $12::numeric[])
         ON CONFLICT (district, year, month, case_type, matter, channel) DO UPDATE SET ${this.additions()}`,
        [
          t.map((c) => c.district), t.map((c) => c.year), t.map((c) => c.month), t.map((c) => c.caseType), t.map((c) => c.matter),
          t.map((c) => c.channel), ...counterArrays(t.map((c) => c.delta)),
        ],
      );
    const g = batch.groups;
    if (g.length > 0)
      await em.query(
        `INSERT INTO legal_aid_group_rollup AS r (district, year, applicant_group, ${COUNTER_COLUMNS.join(', ')})
         SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[], $8::bigint[], $9::numeric[])
         ON CONFLICT (district, year, applicant_group) DO UPDATE SET ${this.additions()}`,
        [g.map((c) => c.district), g.map((c) => c.year), g.map((c) => c.group), ...counterArrays(g.map((c) => c.delta))],
      );
    const d = batch.days;
    if (d.length > 0)
      await em.query(
        `INSERT INTO legal_aid_acceptance_days AS r (district, year, days, acceptances)
         SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::bigint[])
         ON CONFLICT (district, year, days) DO UPDATE SET acceptances = r.acceptances + excluded.acceptances`,
        [d.map((c) => c.district), d.map((c) => c.year), d.map((c) => c.days), d.map((c) => c.acceptances)],
      );
  }

  private additions(): string {
    return COUNTER_COLUMNS.map((c) => `${c} = r.${c} + excluded.${c}`).join(', ');
  }
}
