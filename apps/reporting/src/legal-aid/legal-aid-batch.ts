import { CaseEvent, calendarDateIn, daysToAcceptance, LegalAidEvent } from '@casetrack/contracts';

export const LEGAL_AID_COUNTERS = ['applied', 'accepted', 'rejected', 'assigned', 'closed'] as const;
export type LegalAidCounter = (typeof LEGAL_AID_COUNTERS)[number];
/** A cell's change: counts, and the benefit as a BigInt (a batch of closures may sum past 2^53 fen). */
export type Delta = Record<LegalAidCounter, number> & { benefitFen: bigint };

export interface TotalsCell {
  district: string;
  year: number;
  month: number;
  caseType: string;
  matter: string;
  channel: string;
  delta: Delta;
}

export interface GroupCell {
  district: string;
  year: number;
  group: string;
  delta: Delta;
}

export interface DaysCell {
  district: string;
  year: number;
  days: number;
  acceptances: number;
}

/** A batch of legal aid events reduced to per-row deltas, each list sorted by its row key. */
export interface LegalAidBatch {
  totals: TotalsCell[];
  groups: GroupCell[];
  days: DaysCell[];
}

const zero = (): Delta => ({ applied: 0, accepted: 0, rejected: 0, assigned: 0, closed: 0, benefitFen: 0n });

/**
 * Which counter an event moves (none for a correction), by which business time, and the benefit it
 * adds: a closure its benefitFen, a correction the difference new − old, in the closure's year.
 */
export function moveOf(event: LegalAidEvent): { counter: LegalAidCounter | null; at: string; benefitFen: number } {
  switch (event.type) {
    case 'legalaid.case.applied':
      return { counter: 'applied', at: event.payload.appliedAt, benefitFen: 0 };
    case 'legalaid.case.accepted':
      return { counter: 'accepted', at: event.payload.acceptedAt, benefitFen: 0 };
    case 'legalaid.case.rejected':
      return { counter: 'rejected', at: event.payload.rejectedAt, benefitFen: 0 };
    case 'legalaid.case.assigned':
      return { counter: 'assigned', at: event.payload.assignedAt, benefitFen: 0 };
    case 'legalaid.case.closed':
      return { counter: 'closed', at: event.payload.closedAt, benefitFen: event.payload.benefitFen };
    case 'legalaid.case.corrected':
      return { counter: null, at: event.payload.closedAt, benefitFen: event.payload.newBenefitFen - event.payload.oldBenefitFen };
    default: {
      const unhandled: never = event;
      throw new Error(`unhandled legal aid event ${(unhandled as CaseEvent).type}`);
    }
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

/**
 * Folds a batch into deltas: each event adds one to its counter (and closures their benefitFen;
 * corrections only the change of benefitFen, in the closure's cell) in the totals cell of its district, business-time year and month (in `timeZone`) and dimensions,
 * and once in the cell of each distinct applicant group; acceptances also add one to their
 * days-to-acceptance bucket. Pure: no I/O, exact integer sums (the benefit in BigInt, never overflowing).
 */
export function foldLegalAidBatch(events: readonly LegalAidEvent[], timeZone: string): LegalAidBatch {
  const totals = new Map<string, TotalsCell>();
  const groups = new Map<string, GroupCell>();
  const days = new Map<string, DaysCell>();
  for (const event of events) {
    const { counter, at, benefitFen } = moveOf(event);
    const p = event.payload;
    const { year, month } = calendarDateIn(timeZone, at);
    const d = event.district;
    const t = cell(totals, [d, pad(year, 4), pad(month, 2), p.caseType, p.matter, p.channel].join('|'), () => ({
      district: d, year, month, caseType: p.caseType, matter: p.matter, channel: p.channel, delta: zero(),
    }));
    if (counter) t.delta[counter] += 1;
    // BigInt: exact at any size, so no accepted event can make the fold throw (an accepted amount is
    // a safe integer ≤ MAX_FEN, and so is the difference of a correction).
    const fen = BigInt(benefitFen);
    t.delta.benefitFen += fen;
    for (const group of new Set(p.applicantGroups)) {
      const g = cell(groups, [d, pad(year, 4), group].join('|'), () => ({ district: d, year, group, delta: zero() }));
      if (counter) g.delta[counter] += 1;
      g.delta.benefitFen += fen;
    }
    if (event.type === 'legalaid.case.accepted') {
      // The service refuses acceptances before the application; a producer that slipped counts 0 days rather than break the batch.
      const n = Math.max(0, daysToAcceptance(timeZone, p.appliedAt, event.payload.acceptedAt));
      cell(days, [d, pad(year, 4), pad(n, 6)].join('|'), () => ({ district: d, year, days: n, acceptances: 0 })).acceptances += 1;
    }
  }
  return { totals: sortedValues(totals), groups: sortedValues(groups), days: sortedValues(days) };
}
