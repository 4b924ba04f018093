import { CaseEvent, calendarDateIn, LegalAffairsEvent } from '@casetrack/contracts';
import { FigureFact } from '../drill-through/figure-facts';

export const LEGAL_AFFAIRS_AREA = 'legal-affairs';

/**
 * The counted figures of the legal-affairs section, in its order: each is a number of units (a
 * meeting, a document, a contract, an engagement, a work record), one unit per figure fact.
 */
export const LEGAL_AFFAIRS_COUNTERS = [
  'agendaMeetings', 'coordinationGroupsEstablished', 'coordinationGroupsDissolved', 'committeeMeetings', 'committeeFirstMeetings',
  'documentsSubmitted', 'documentsReviewed', 'documentsNormative', 'documentsFiled', 'filedFoundUnlawfulOrRevoked',
  'cleanupReviewed', 'cleanupKept', 'cleanupAmended', 'cleanupRepealed',
  'contractsSubmitted', 'contractsReviewed', 'investmentContractsReviewed',
  'engagementsStarted', 'engagementsEnded',
  'adviserContractWork', 'adviserCasesRepresented', 'adviserSpecialServices',
] as const;
export type LegalAffairsCounter = (typeof LEGAL_AFFAIRS_COUNTERS)[number];

/** The work records of each kind count in a figure of their own (379, 198, 197 in the seed). */
export const WORK_FIGURES = {
  'contract-drafted-or-reviewed': 'adviserContractWork',
  'case-represented': 'adviserCasesRepresented',
  'special-service': 'adviserSpecialServices',
} as const satisfies Record<string, LegalAffairsCounter>;

/** Each clean-up outcome counts in a figure of its own, besides cleanupReviewed (44 reviewed, 2 repealed in the seed). */
export const CLEANUP_FIGURES = { kept: 'cleanupKept', amended: 'cleanupAmended', repealed: 'cleanupRepealed' } as const satisfies Record<string, LegalAffairsCounter>;

type Unit = { figure: LegalAffairsCounter; slot: string };

/** The business time of an event, the unit it belongs to (none for a meeting) and the units it counts. */
function unitsOf(event: LegalAffairsEvent): { at: string; unit: string | null; units: Unit[] } | null {
  switch (event.type) {
    // A campaign's opening and close, and the registry of units, count no unit (a close carries the
    // counts of its decisions, counted one by one): legalAffairsNoteOf journals them.
    case 'legalaffairs.cleanup.campaign-opened':
    case 'legalaffairs.cleanup.campaign-closed':
    case 'legalaffairs.district-unit.registered':
    case 'legalaffairs.district-unit.dissolved':
      return null;
    case 'legalaffairs.cleanup.document-decided': {
      // A campaign decides many documents: each decision is its own unit, named in the slot.
      const id = event.payload.decisionId.toLowerCase();
      return {
        at: event.payload.decidedAt,
        unit: null,
        units: [{ figure: 'cleanupReviewed', slot: `decided:${id}` }, { figure: CLEANUP_FIGURES[event.payload.outcome], slot: `outcome:${id}` }],
      };
    }
    case 'legalaffairs.coordination-group.established':
      return { at: event.payload.establishedAt, unit: null, units: [{ figure: 'coordinationGroupsEstablished', slot: 'established' }] };
    case 'legalaffairs.coordination-group.dissolved':
      return { at: event.payload.dissolvedAt, unit: null, units: [{ figure: 'coordinationGroupsDissolved', slot: 'dissolved' }] };
    case 'legalaffairs.committee-meeting.held': {
      // 召开…委员会第一次会议: the meeting numbered 1 also counts in committeeFirstMeetings.
      const units: Unit[] = [{ figure: 'committeeMeetings', slot: 'meeting' }];
      if (event.payload.number === 1) units.push({ figure: 'committeeFirstMeetings', slot: 'first-meeting' });
      return { at: event.payload.heldAt, unit: null, units };
    }
    case 'legalaffairs.agenda-meeting.recorded':
      return { at: event.payload.heldAt, unit: null, units: [{ figure: 'agendaMeetings', slot: 'meeting' }] };
    case 'legalaffairs.document.submitted':
      return { at: event.payload.submittedAt, unit: event.payload.unit, units: [{ figure: 'documentsSubmitted', slot: 'submitted' }] };
    case 'legalaffairs.document.reviewed': {
      const units: Unit[] = [{ figure: 'documentsReviewed', slot: 'reviewed' }];
      if (event.payload.normative) units.push({ figure: 'documentsNormative', slot: 'normative' });
      return { at: event.payload.reviewedAt, unit: event.payload.unit, units };
    }
    case 'legalaffairs.document.filed':
      return { at: event.payload.filedAt, unit: event.payload.unit, units: [{ figure: 'documentsFiled', slot: 'filed' }] };
    case 'legalaffairs.document.finding-recorded':
      // "Of the documents filed, none found unlawful or revoked": a finding counts in the year of the filing.
      return { at: event.payload.filedAt, unit: event.payload.unit, units: [{ figure: 'filedFoundUnlawfulOrRevoked', slot: 'finding' }] };
    case 'legalaffairs.contract.submitted':
      return { at: event.payload.submittedAt, unit: event.payload.unit, units: [{ figure: 'contractsSubmitted', slot: 'submitted' }] };
    case 'legalaffairs.contract.reviewed': {
      const units: Unit[] = [{ figure: 'contractsReviewed', slot: 'reviewed' }];
      if (event.payload.kind === 'government-investment-project') units.push({ figure: 'investmentContractsReviewed', slot: 'investment-reviewed' });
      return { at: event.payload.reviewedAt, unit: event.payload.unit, units };
    }
    case 'legalaffairs.adviser.engaged':
      return { at: event.payload.startedAt, unit: event.payload.unit, units: [{ figure: 'engagementsStarted', slot: 'engaged' }] };
    case 'legalaffairs.adviser.engagement-ended':
      return { at: event.payload.endedAt, unit: event.payload.unit, units: [{ figure: 'engagementsEnded', slot: 'ended' }] };
    case 'legalaffairs.adviser.work-recorded':
      // An engagement has many work records: each is its own unit, named in the slot.
      return {
        at: event.payload.performedAt,
        unit: event.payload.unit,
        units: [{ figure: WORK_FIGURES[event.payload.workKind], slot: `work:${event.payload.workRecordId.toLowerCase()}` }],
      };
    default: {
      const unhandled: never = event;
      throw new Error(`unhandled legal-affairs event ${(unhandled as CaseEvent).type}`);
    }
  }
}

/**
 * The figure facts of a legal-affairs event, in the year and month of its business time (district
 * time zone), by the submitting or engaging unit (a meeting has none). Pure.
 */
export function legalAffairsFactsOf(event: LegalAffairsEvent, timeZone: string): FigureFact[] {
  const counted = unitsOf(event);
  if (counted === null) return [];
  const { at, unit, units } = counted;
  const { year, month } = calendarDateIn(timeZone, at);
  const dimensions: Record<string, string | number> = unit === null ? { month } : { unit, month };
  return units.map((u) => ({ area: LEGAL_AFFAIRS_AREA, figure: u.figure, slot: u.slot, year, dimensions, changes: { [u.figure]: 1 } }));
}

/**
 * The journal entry of an event that counts no unit (a campaign opened or closed, a unit registered
 * or dissolved), in the year of its business time; null for the others (their facts journal them).
 */
export function legalAffairsNoteOf(event: LegalAffairsEvent, timeZone: string): { year: number; changes: Record<string, number> } | null {
  const note = (at: string, key: string) => ({ year: calendarDateIn(timeZone, at).year, changes: { [key]: 1 } });
  switch (event.type) {
    case 'legalaffairs.cleanup.campaign-opened':
      return note(event.payload.startedAt, 'cleanupCampaignsOpened');
    case 'legalaffairs.cleanup.campaign-closed':
      return note(event.payload.closedAt, 'cleanupCampaignsClosed');
    case 'legalaffairs.district-unit.registered':
      return note(event.payload.registeredAt, 'unitsRegistered');
    case 'legalaffairs.district-unit.dissolved':
      return note(event.payload.dissolvedAt, 'unitsDissolved');
    default:
      return null;
  }
}
