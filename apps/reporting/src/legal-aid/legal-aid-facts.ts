import { calendarDateIn, LegalAidEvent } from '@casetrack/contracts';
import { FigureFact } from '../drill-through/figure-facts';
import { moveOf } from './legal-aid-batch';

export const LEGAL_AID_AREA = 'legal-aid';

/**
 * The figure fact of a legal aid event: the case in applied, accepted, rejected, assigned or closed
 * of its business time's year (district time zone), with every applicant group it counts in. A
 * correction amends the closure's fact (same figure, same year) and journals the benefit's change.
 * Pure.
 */
export function legalAidFactOf(event: LegalAidEvent, timeZone: string): FigureFact {
  const { counter, at, benefitFen } = moveOf(event);
  const figure = counter ?? 'closed';
  const { year, month } = calendarDateIn(timeZone, at);
  const p = event.payload;
  const changes: Record<string, number> = counter ? { [counter]: 1 } : {};
  if (benefitFen !== 0) changes.benefitFen = benefitFen;
  return {
    area: LEGAL_AID_AREA,
    figure,
    slot: figure,
    year,
    dimensions: { applicantGroup: [...new Set(p.applicantGroups)].sort(), caseType: p.caseType, matter: p.matter, channel: p.channel, month },
    changes,
  };
}
