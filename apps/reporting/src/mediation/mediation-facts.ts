import { CaseEvent, calendarDateIn, MediationEvent, MediationResult } from '@casetrack/contracts';
import { FigureFact } from '../drill-through/figure-facts';

export const MEDIATION_AREA = 'mediation';

const figureOf = (result: MediationResult) => (result === 'success' ? 'succeeded' : 'failed');

type DisputeEvent = Exclude<MediationEvent, { type: 'mediation.committee.registered' }>;

/** The business time an event counts by, the figure it puts the dispute in, its slot and its changes. */
function placeOf(event: DisputeEvent): { at: string; figure: string; slot: string; changes: Record<string, number> } {
  switch (event.type) {
    case 'mediation.dispute.registered':
      return { at: event.payload.receivedAt, figure: 'registered', slot: 'registered', changes: { registered: 1 } };
    case 'mediation.dispute.concluded': {
      const figure = figureOf(event.payload.result);
      return { at: event.payload.concludedAt, figure, slot: 'conclusion', changes: { [figure]: 1 } };
    }
    case 'mediation.dispute.corrected': {
      // Same year and cell as the conclusion: the dispute moves from the old result's figure to the new one's.
      const from = figureOf(event.payload.oldResult);
      const to = figureOf(event.payload.newResult);
      return { at: event.payload.concludedAt, figure: to, slot: 'conclusion', changes: from === to ? {} : { [from]: -1, [to]: 1 } };
    }
    case 'mediation.dispute.withdrawn':
      return { at: event.payload.withdrawnAt, figure: 'withdrawn', slot: 'withdrawn', changes: { withdrawn: 1 } };
    default: {
      const unhandled: never = event;
      throw new Error(`unhandled mediation event ${(unhandled as CaseEvent).type}`);
    }
  }
}

/**
 * The figure fact of a dispute event: the dispute in registered, succeeded, failed or withdrawn of
 * its business time's year (district time zone), with the breakdown dimensions; null for committee
 * events, which count no case. Pure. Its `changes` are also the rollup's counter deltas.
 */
export function mediationFactOf(event: MediationEvent, timeZone: string): FigureFact | null {
  if (event.type === 'mediation.committee.registered') return null;
  const { at, figure, slot, changes } = placeOf(event);
  const { year, month } = calendarDateIn(timeZone, at);
  const p = event.payload;
  return {
    area: MEDIATION_AREA,
    figure,
    slot,
    year,
    dimensions: { category: p.category, committeeKind: p.committeeKind, source: p.source, month },
    changes,
  };
}
