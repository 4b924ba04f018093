import { AdminReviewEvent, CaseEvent, calendarDateIn } from '@casetrack/contracts';
import { FigureFact } from '../drill-through/figure-facts';

export const ADMIN_REVIEW_AREA = 'administrative-review';
export const LITIGATION_AREA = 'litigation';

/** A counted unit, the dimensions it adds to the event's, and any section figure beyond its own that it moves. */
type Unit = { figure: string; slot: string; extra?: Record<string, string>; also?: string };

/** The business time of an event and the units it counts (a late decision counts in concluded and decidedLate). */
function unitsOf(event: AdminReviewEvent): { area: string; at: string; units: Unit[] } {
  const review = (at: string, figure: string) => ({ area: ADMIN_REVIEW_AREA, at, units: [{ figure, slot: figure }] });
  const lawsuit = (at: string, units: Unit[]) => ({ area: LITIGATION_AREA, at, units });
  switch (event.type) {
    case 'adminreview.review.received':
      return review(event.payload.receivedAt, 'received');
    case 'adminreview.review.accepted':
      return review(event.payload.acceptedAt, 'accepted');
    case 'adminreview.review.rejected':
      return review(event.payload.rejectedAt, 'rejected');
    case 'adminreview.review.extended':
      return review(event.payload.extendedAt, 'extended');
    case 'adminreview.review.concluded': {
      const decision = { decision: event.payload.decision };
      const units: Unit[] = [{ figure: 'concluded', slot: 'concluded', extra: decision, also: `byDecision.${event.payload.decision}` }];
      if (event.payload.late) units.push({ figure: 'decidedLate', slot: 'decidedLate', extra: decision });
      return { area: ADMIN_REVIEW_AREA, at: event.payload.decidedAt, units };
    }
    case 'adminreview.lawsuit.filed':
      return lawsuit(event.payload.filedAt, [{ figure: 'filed', slot: 'filed' }]);
    case 'adminreview.lawsuit.hearing-held': {
      // A lawsuit can have several hearings: each hearing (and each appearance) is its own unit.
      const id = event.payload.hearingId.toLowerCase();
      const units: Unit[] = [{ figure: 'hearings', slot: `hearing:${id}` }];
      if (event.payload.headAppeared && event.payload.appearedRole)
        units.push({ figure: 'headAppearances', slot: `appearance:${id}`, extra: { role: event.payload.appearedRole }, also: `byRole.${event.payload.appearedRole}` });
      return lawsuit(event.payload.heldAt, units);
    }
    case 'adminreview.lawsuit.judged':
      return lawsuit(event.payload.decidedAt, [{ figure: 'judged', slot: 'judged' }]);
    // A lawsuit's judgment is supervised at most once: the lawsuit is the unit.
    case 'adminreview.lawsuit.performance-supervision-started':
      return lawsuit(event.payload.startedAt, [{ figure: 'judgmentsSupervised', slot: 'judgmentsSupervised' }]);
    case 'adminreview.lawsuit.performance-supervision-concluded':
      return lawsuit(event.payload.concludedAt, [{ figure: 'supervisionsConcluded', slot: 'supervisionsConcluded', extra: { result: event.payload.result } }]);
    // A lawsuit can bring several judicial suggestions: each suggestion's step is its own unit.
    case 'adminreview.lawsuit.judicial-suggestion-received':
      return lawsuit(event.payload.receivedAt, [{ figure: 'suggestionsReceived', slot: `suggestion:${event.payload.suggestionId.toLowerCase()}` }]);
    case 'adminreview.lawsuit.judicial-suggestion-supervised':
      return lawsuit(event.payload.supervisedAt, [{ figure: 'suggestionsSupervised', slot: `suggestion-supervised:${event.payload.suggestionId.toLowerCase()}` }]);
    case 'adminreview.lawsuit.judicial-suggestion-answered':
      return lawsuit(event.payload.answeredAt, [{ figure: 'suggestionsAnswered', slot: `suggestion-answered:${event.payload.suggestionId.toLowerCase()}` }]);
    default: {
      const unhandled: never = event;
      throw new Error(`unhandled administrative review event ${(unhandled as CaseEvent).type}`);
    }
  }
}

/**
 * The figure facts of an administrative review or litigation event, in the year and month of its
 * business time (district time zone), with the dimensions of the area's breakdowns: reviews by
 * channel, matter and (for decisions) decision; lawsuits by defendant agency and matter. Pure.
 */
export function adminReviewFactsOf(event: AdminReviewEvent, timeZone: string): FigureFact[] {
  const { area, at, units } = unitsOf(event);
  const { year, month } = calendarDateIn(timeZone, at);
  const p = event.payload as { channel?: string; matter: string; defendantAgency?: string };
  const base: Record<string, string | number> =
    area === LITIGATION_AREA ? { defendantAgency: p.defendantAgency!, matter: p.matter, month } : { channel: p.channel!, matter: p.matter, month };
  return units.map((u) => ({
    area,
    figure: u.figure,
    slot: u.slot,
    year,
    dimensions: { ...base, ...u.extra },
    changes: { [u.figure]: 1, ...(u.also ? { [u.also]: 1 } : {}) },
  }));
}
