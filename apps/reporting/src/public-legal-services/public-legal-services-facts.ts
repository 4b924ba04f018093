import { calendarDateIn, CaseEvent, PlatformLevel, PublicLegalServicesEvent } from '@casetrack/contracts';
import { FigureFact } from '../drill-through/figure-facts';

export const PUBLIC_LEGAL_SERVICES_AREA = 'public-legal-services';

/**
 * The counted figures of the section, in its order: each counts units (a service record, a
 * platform standardised, a complaint handled, an exam sitting), one unit per figure fact.
 */
export const PUBLIC_LEGAL_SERVICES_COUNTERS = [
  'serviceRecords', 'centreServiceRecords',
  'platformsRegistered', 'centresStandardised', 'stationsStandardised', 'roomsStandardised', 'platformsClosed',
  'providersRegistered', 'providersDeregistered',
  'complaintsReceived', 'lawyerComplaintsHandled', 'appraiserComplaintsHandled', 'complaintsPenalised', 'complaintsDisciplined',
  'examSittings',
] as const;
export type PublicLegalServicesCounter = (typeof PUBLIC_LEGAL_SERVICES_COUNTERS)[number];

/**
 * The summed figures: what the counted units carry (the persons a service record served, the
 * candidates of a sitting). Each rides on the fact of its unit (decision 60).
 */
export const PUBLIC_LEGAL_SERVICES_SUMS = ['personsServed', 'centrePersonsServed', 'examCandidates', 'examIncidents', 'examComplaints'] as const;
export type PublicLegalServicesSum = (typeof PUBLIC_LEGAL_SERVICES_SUMS)[number];

export type PublicLegalServicesColumn = PublicLegalServicesCounter | PublicLegalServicesSum;
export const PUBLIC_LEGAL_SERVICES_COLUMNS: readonly PublicLegalServicesColumn[] = [...PUBLIC_LEGAL_SERVICES_COUNTERS, ...PUBLIC_LEGAL_SERVICES_SUMS];

/** Each level's standardisation counts in a figure of its own (7 stations, 25 rooms in the seed). */
export const STANDARDISED_FIGURES = { centre: 'centresStandardised', station: 'stationsStandardised', room: 'roomsStandardised' } as const satisfies Record<PlatformLevel, PublicLegalServicesCounter>;

type Unit = { figure: PublicLegalServicesCounter; slot: string; changes?: Partial<Record<PublicLegalServicesSum, number>> };

/** The dimensions of a fact: the month always; the platform's level and the channel for a service. */
export type PublicLegalServicesDimensions = { month: number; level?: string; channel?: string };

/** The business time of an event, its level and channel (services and platforms) and the units it counts. */
function unitsOf(event: PublicLegalServicesEvent): { at: string; level?: string; channel?: string; units: Unit[] } {
  switch (event.type) {
    case 'publiclegal.platform.registered':
      return { at: event.payload.registeredAt, level: event.payload.level, units: [{ figure: 'platformsRegistered', slot: 'registered' }] };
    case 'publiclegal.platform.standardised':
      return { at: event.payload.standardisedAt, level: event.payload.level, units: [{ figure: STANDARDISED_FIGURES[event.payload.level], slot: 'standardised' }] };
    case 'publiclegal.platform.closed':
      return { at: event.payload.closedAt, level: event.payload.level, units: [{ figure: 'platformsClosed', slot: 'closed' }] };
    case 'publiclegal.service.recorded': {
      const persons = event.payload.persons;
      const units: Unit[] = [{ figure: 'serviceRecords', slot: 'service', changes: { personsServed: persons } }];
      // 运行以来累计为…人次: the centre's services count apart, besides every platform's.
      if (event.payload.level === 'centre') units.push({ figure: 'centreServiceRecords', slot: 'centre', changes: { centrePersonsServed: persons } });
      return { at: event.payload.servedAt, level: event.payload.level, channel: event.payload.channel, units };
    }
    case 'publiclegal.provider.registered':
      return { at: event.payload.registeredAt, units: [{ figure: 'providersRegistered', slot: 'registered' }] };
    case 'publiclegal.provider.deregistered':
      return { at: event.payload.deregisteredAt, units: [{ figure: 'providersDeregistered', slot: 'deregistered' }] };
    case 'publiclegal.complaint.received':
      return { at: event.payload.receivedAt, units: [{ figure: 'complaintsReceived', slot: 'received' }] };
    case 'publiclegal.complaint.concluded': {
      // 处理对律师投诉案件8件，司法鉴定投诉2件: complaints handled, by the conclusion's year.
      const units: Unit[] = [{ figure: event.payload.against === 'lawyer' ? 'lawyerComplaintsHandled' : 'appraiserComplaintsHandled', slot: 'handled' }];
      if (event.payload.outcome === 'upheld-penalty') units.push({ figure: 'complaintsPenalised', slot: 'outcome' });
      if (event.payload.outcome === 'upheld-discipline') units.push({ figure: 'complaintsDisciplined', slot: 'outcome' });
      return { at: event.payload.concludedAt, units };
    }
    case 'publiclegal.exam-sitting.recorded': {
      const { candidates, incidents, complaints } = event.payload;
      return { at: event.payload.heldAt, units: [{ figure: 'examSittings', slot: 'sitting', changes: { examCandidates: candidates, examIncidents: incidents, examComplaints: complaints } }] };
    }
    default: {
      const unhandled: never = event;
      throw new Error(`unhandled public-legal-services event ${(unhandled as CaseEvent).type}`);
    }
  }
}

/**
 * The figure facts of a public-legal-services event, in the year and month of its business time
 * (district time zone), by level and channel where it has them. Pure.
 */
export function publicLegalServicesFactsOf(event: PublicLegalServicesEvent, timeZone: string): FigureFact[] {
  const { at, level, channel, units } = unitsOf(event);
  const { year, month } = calendarDateIn(timeZone, at);
  const dimensions: PublicLegalServicesDimensions = { month };
  if (level !== undefined) dimensions.level = level;
  if (channel !== undefined) dimensions.channel = channel;
  return units.map((u) => ({ area: PUBLIC_LEGAL_SERVICES_AREA, figure: u.figure, slot: u.slot, year, dimensions, changes: { [u.figure]: 1, ...u.changes } }));
}
