import { AdminReviewEvent, APPEARED_ROLES, AppearedRole, CaseEvent, calendarDateIn } from '@casetrack/contracts';

export const REVIEW_COUNTERS = ['received', 'accepted', 'rejected', 'extended', 'concluded', 'decidedLate'] as const;
export type ReviewCounter = (typeof REVIEW_COUNTERS)[number];

/** Lawsuits and their follow-up: judgments whose performance was supervised (督促履行), judicial suggestions received, supervised (督办) and answered. */
export const LITIGATION_COUNTERS = [
  'filed', 'hearings', ...APPEARED_ROLES, 'judged',
  'judgmentsSupervised', 'supervisionsConcluded', 'suggestionsReceived', 'suggestionsSupervised', 'suggestionsAnswered',
] as const;
export type LitigationCounter = (typeof LITIGATION_COUNTERS)[number];

/** Review counters of one district, year, month, channel, matter and decision ('' for counters that are not decisions). */
export interface ReviewCell {
  district: string;
  year: number;
  month: number;
  channel: string;
  matter: string;
  decision: string;
  delta: Record<ReviewCounter, number>;
}

/**
 * What the report must know of one accepted review to tell, for any year, whether it was still
 * undecided past its deadline at that year's end. `dueAt` is the one of the latest event (`sequence`).
 */
export interface ReviewDeadline {
  reviewId: string;
  district: string;
  acceptedAt: string;
  dueAt: string;
  decidedAt: string | null;
  sequence: number;
}

/** Litigation counters of one district, year, month, matter and defendant agency. */
export interface LitigationCell {
  district: string;
  year: number;
  month: number;
  matter: string;
  defendantAgency: string;
  delta: Record<LitigationCounter, number>;
}

/** A batch of administrative review events reduced to per-row deltas, each list sorted by its row key. */
export interface AdminReviewBatch {
  reviews: ReviewCell[];
  deadlines: ReviewDeadline[];
  litigation: LitigationCell[];
}

type Move =
  | { table: 'reviews'; counters: ReviewCounter[]; at: string; decision: string }
  | { table: 'litigation'; counters: LitigationCounter[]; at: string };

/** Which counters an event moves and by which business time (a late decision moves two). */
function moveOf(event: AdminReviewEvent): Move {
  switch (event.type) {
    case 'adminreview.review.received':
      return { table: 'reviews', counters: ['received'], at: event.payload.receivedAt, decision: '' };
    case 'adminreview.review.accepted':
      return { table: 'reviews', counters: ['accepted'], at: event.payload.acceptedAt, decision: '' };
    case 'adminreview.review.rejected':
      return { table: 'reviews', counters: ['rejected'], at: event.payload.rejectedAt, decision: '' };
    case 'adminreview.review.extended':
      return { table: 'reviews', counters: ['extended'], at: event.payload.extendedAt, decision: '' };
    case 'adminreview.review.concluded':
      return {
        table: 'reviews',
        counters: event.payload.late ? ['concluded', 'decidedLate'] : ['concluded'],
        at: event.payload.decidedAt,
        decision: event.payload.decision,
      };
    case 'adminreview.lawsuit.filed':
      return { table: 'litigation', counters: ['filed'], at: event.payload.filedAt };
    case 'adminreview.lawsuit.hearing-held': {
      const role: AppearedRole | null = event.payload.headAppeared ? event.payload.appearedRole : null;
      return { table: 'litigation', counters: role ? ['hearings', role] : ['hearings'], at: event.payload.heldAt };
    }
    case 'adminreview.lawsuit.judged':
      return { table: 'litigation', counters: ['judged'], at: event.payload.decidedAt };
    case 'adminreview.lawsuit.performance-supervision-started':
      return { table: 'litigation', counters: ['judgmentsSupervised'], at: event.payload.startedAt };
    case 'adminreview.lawsuit.performance-supervision-concluded':
      return { table: 'litigation', counters: ['supervisionsConcluded'], at: event.payload.concludedAt };
    case 'adminreview.lawsuit.judicial-suggestion-received':
      return { table: 'litigation', counters: ['suggestionsReceived'], at: event.payload.receivedAt };
    case 'adminreview.lawsuit.judicial-suggestion-supervised':
      return { table: 'litigation', counters: ['suggestionsSupervised'], at: event.payload.supervisedAt };
    case 'adminreview.lawsuit.judicial-suggestion-answered':
      return { table: 'litigation', counters: ['suggestionsAnswered'], at: event.payload.answeredAt };
    default: {
      const unhandled: never = event;
      throw new Error(`unhandled administrative review event ${(unhandled as CaseEvent).type}`);
    }
  }
}

/** The deadline facts an event carries, or null before acceptance (received, rejected, lawsuits). */
function deadlineOf(event: AdminReviewEvent): ReviewDeadline | null {
  const base = { reviewId: event.caseId.toLowerCase(), district: event.district, sequence: event.sequence };
  switch (event.type) {
    case 'adminreview.review.accepted':
    case 'adminreview.review.extended':
      return { ...base, acceptedAt: event.payload.acceptedAt, dueAt: event.payload.dueAt, decidedAt: null };
    case 'adminreview.review.concluded':
      return { ...base, acceptedAt: event.payload.acceptedAt, dueAt: event.payload.dueAt, decidedAt: event.payload.decidedAt };
    default:
      return null;
  }
}

// Zero-padded numbers so that the text order of keys is also their numeric order.
const pad = (n: number, width: number) => String(n).padStart(width, '0');

function cell<C>(map: Map<string, C>, key: string, create: () => C): C {
  let c = map.get(key);
  if (!c) map.set(key, (c = create()));
  return c;
}

const sortedValues = <C>(map: Map<string, C>) => [...map.keys()].sort().map((k) => map.get(k)!);
const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Two facts of one review seen in the same batch: the later event's deadline, and any decision. */
function merge(a: ReviewDeadline, b: ReviewDeadline): ReviewDeadline {
  const [older, newer] = a.sequence <= b.sequence ? [a, b] : [b, a];
  return { ...newer, decidedAt: newer.decidedAt ?? older.decidedAt };
}

/**
 * Folds a batch into deltas: each event adds one to its counters in the cell of its district, its
 * business time's year and month (in `timeZone`) and its dimensions; accepted, extended and
 * concluded reviews also leave their deadline facts. Pure: no I/O.
 */
export function foldAdminReviewBatch(events: readonly AdminReviewEvent[], timeZone: string): AdminReviewBatch {
  const reviews = new Map<string, ReviewCell>();
  const deadlines = new Map<string, ReviewDeadline>();
  const litigation = new Map<string, LitigationCell>();
  for (const event of events) {
    const move = moveOf(event);
    const { year, month } = calendarDateIn(timeZone, move.at);
    const d = event.district;
    if (move.table === 'reviews') {
      const p = event.payload as { channel: string; matter: string };
      const key = [d, pad(year, 4), pad(month, 2), p.channel, p.matter, move.decision].join('|');
      const c = cell(reviews, key, () => ({ district: d, year, month, channel: p.channel, matter: p.matter, decision: move.decision, delta: zeros(REVIEW_COUNTERS) }));
      for (const counter of move.counters) c.delta[counter] += 1;
    } else {
      const p = event.payload as { matter: string; defendantAgency: string };
      const key = [d, pad(year, 4), pad(month, 2), p.matter, p.defendantAgency].join('|');
      const c = cell(litigation, key, () => ({ district: d, year, month, matter: p.matter, defendantAgency: p.defendantAgency, delta: zeros(LITIGATION_COUNTERS) }));
      for (const counter of move.counters) c.delta[counter] += 1;
    }
    const fact = deadlineOf(event);
    if (fact) {
      const seen = deadlines.get(fact.reviewId);
      deadlines.set(fact.reviewId, seen ? merge(seen, fact) : fact);
    }
  }
  return { reviews: sortedValues(reviews), deadlines: sortedValues(deadlines), litigation: sortedValues(litigation) };
}
