import { ADMIN_REVIEW_EVENTS, AdminReviewEvent, CaseEvent, Topics } from '@casetrack/contracts';
import { BatchPosition } from '@casetrack/messaging';
import { SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FigureFactBatch } from '../drill-through/figure-facts';
import { AreaProjection } from '../projections/area-projection';
import { adminReviewFactsOf } from './admin-review-facts';
import { foldAdminReviewBatch, LITIGATION_COUNTERS, LitigationCounter, REVIEW_COUNTERS, ReviewCounter } from './admin-review-batch';

const REVIEW_COLUMNS: Record<ReviewCounter, string> = {
  received: 'received',
  accepted: 'accepted',
  rejected: 'rejected',
  extended: 'extended',
  concluded: 'concluded',
  decidedLate: 'decided_late',
};

const LITIGATION_COLUMNS: Record<LitigationCounter, string> = {
  filed: 'filed',
  hearings: 'hearings',
  'government-leader': 'government_leader_appearances',
  'agency-head': 'agency_head_appearances',
  judged: 'judged',
  judgmentsSupervised: 'judgments_supervised',
  supervisionsConcluded: 'supervisions_concluded',
  suggestionsReceived: 'suggestions_received',
  suggestionsSupervised: 'suggestions_supervised',
  suggestionsAnswered: 'suggestions_answered',
};

const additions = (columns: string[]) => columns.map((c) => `${c} = r.${c} + excluded.${c}`).join(', ');
const bigintArrays = (from: number, count: number) => Array.from({ length: count }, (_, i) => `$${from + i}::bigint[]`).join(', ');

/**
 * The one projection of the casetrack.admin-review topic, feeding both report sections
 * (administrativeReview and litigation). Per batch, one multi-row upsert per table, rows in key
 * order so that concurrent batches cannot deadlock: the figure facts behind both sections'
 * counters, the deadline facts of accepted reviews (for the reviews still open past due at a
 * year's end), then the review rollup and the litigation rollup.
 */
@Injectable()
export class AdminReviewProjection implements AreaProjection {
  readonly topic = Topics.adminReview;
  readonly handledTypes: ReadonlySet<string> = new Set(ADMIN_REVIEW_EVENTS.map((d) => d.type));

  constructor(@Inject(SERVICE_CONFIG) private readonly config: ServiceConfig) {}

  async apply(em: EntityManager, events: readonly CaseEvent[], position?: BatchPosition): Promise<void> {
    const batch = foldAdminReviewBatch(events as readonly AdminReviewEvent[], this.config.timeZone);
    const facts = new FigureFactBatch(events, position);
    for (const event of events as readonly AdminReviewEvent[]) for (const fact of adminReviewFactsOf(event, this.config.timeZone)) facts.record(event, fact);
    await facts.write(em);
    const d = batch.deadlines;
    if (d.length > 0)
      // The latest event's deadline wins (an extension moves it); a decision, once known, stays.
      await em.query(
        `INSERT INTO admin_review_deadlines AS r (review_id, district, accepted_at, due_at, decided_at, sequence)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::timestamptz[], $5::timestamptz[], $6::int[])
         ON CONFLICT (review_id) DO UPDATE SET
           due_at = CASE WHEN excluded.sequence > r.sequence THEN excluded.due_at ELSE r.due_at END,
           decided_at = coalesce(r.decided_at, excluded.decided_at),
           sequence = greatest(r.sequence, excluded.sequence)`,
        [d.map((f) => f.reviewId), d.map((f) => f.district), d.map((f) => f.acceptedAt), d.map((f) => f.dueAt), d.map((f) => f.decidedAt), d.map((f) => f.sequence)],
      );
    // The rollups last: their rows are shared by every batch and stay locked until the commit.
    const r = batch.reviews;
    if (r.length > 0) {
      const columns = REVIEW_COUNTERS.map((c) => REVIEW_COLUMNS[c]);
      await em.query(
        `INSERT INTO admin_review_rollup AS r (district, year, month, channel, matter, decision, ${columns.join(', ')})
         SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], ${bigintArrays(7, columns.length)})
         ON CONFLICT (district, year, month, channel, matter, decision) DO UPDATE SET ${additions(columns)}`,
        [
          r.map((c) => c.district), r.map((c) => c.year), r.map((c) => c.month), r.map((c) => c.channel), r.map((c) => c.matter),
          r.map((c) => c.decision), ...REVIEW_COUNTERS.map((k) => r.map((c) => c.delta[k])),
        ],
      );
    }
    const l = batch.litigation;
    if (l.length > 0) {
      const columns = LITIGATION_COUNTERS.map((c) => LITIGATION_COLUMNS[c]);
      await em.query(
        `INSERT INTO litigation_rollup AS r (district, year, month, matter, defendant_agency, ${columns.join(', ')})
         SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::text[], ${bigintArrays(6, columns.length)})
         ON CONFLICT (district, year, month, matter, defendant_agency) DO UPDATE SET ${additions(columns)}`,
        [
          l.map((c) => c.district), l.map((c) => c.year), l.map((c) => c.month), l.map((c) => c.matter), l.map((c) => c.defendantAgency),
          ...LITIGATION_COUNTERS.map((k) => l.map((c) => c.delta[k])),
        ],
      );
    }
  }
}
