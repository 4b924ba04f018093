import { CaseEvent, calendarDateIn, LegalEducationEvent } from '@casetrack/contracts';
import { FigureFact } from '../drill-through/figure-facts';

export const LEGAL_EDUCATION_AREA = 'legal-education';

/**
 * The counted figures of the legal-education section, in its order: each is a number of units (an
 * exam session held, a contest closed, a work, an award, an activity, a media item, a survey, a
 * village assessment), one unit per figure fact; the drill-through opens each.
 */
export const LEGAL_EDUCATION_COUNTERS = [
  'enforcementSessions', 'newlyPromotedSessions', 'annualSessions',
  'mediaItems', 'nationalMediaItems',
  'contests', 'partyRegulationContests', 'constitutionContests',
  'worksReleased', 'microVideos', 'constitutionMicroVideos', 'worksAwarded', 'nationalThirdPrizes', 'cityThirdPrizes',
  'publicityActivities', 'caseExplanations',
  'surveys', 'villagesAssessed', 'villagesMeetingStandard',
] as const;
export type LegalEducationCounter = (typeof LEGAL_EDUCATION_COUNTERS)[number];

/**
 * The headcounts the units carry, summed in their cells: those trained and examined, the exams'
 * candidates, the contests' participants, the surveys' answers. Not opened by the drill-through
 * (it lists units, and these are people): their unit's figure opens the sessions that hold them.
 */
export const LEGAL_EDUCATION_SUMS = [
  'enforcementTrained', 'enforcementPassed',
  'newlyPromotedExpected', 'newlyPromotedSat', 'newlyPromotedPassed',
  'annualExpected', 'annualSat', 'annualPassed', 'annualCityUniversity',
  'contestParticipants',
  'surveyRespondents', 'surveyAware', 'surveyParticipated', 'surveySatisfied',
] as const;
export type LegalEducationSum = (typeof LEGAL_EDUCATION_SUMS)[number];

export type LegalEducationColumn = LegalEducationCounter | LegalEducationSum;
export const LEGAL_EDUCATION_COLUMNS: readonly LegalEducationColumn[] = [...LEGAL_EDUCATION_COUNTERS, ...LEGAL_EDUCATION_SUMS];

type Unit = { figure: LegalEducationCounter; slot: string; sums?: Partial<Record<LegalEducationSum, number>> };

/** The business time of an event, the unit (organisation or village) it belongs to and the units it counts; null for one that counts none. */
function unitsOf(event: LegalEducationEvent): { at: string; unit: string | null; units: Unit[] } | null {
  switch (event.type) {
    // A session scheduled or cancelled, a contest opened: nothing is counted until it is held or closed.
    case 'legaleducation.exam.scheduled':
    case 'legaleducation.exam.cancelled':
    case 'legaleducation.contest.opened':
      return null;
    case 'legaleducation.exam.held': {
      const p = event.payload;
      switch (p.audience) {
        case 'enforcement-new-certificate':
        case 'enforcement-renewal':
          // 培训、考试: those who sat the exam are those trained and examined.
          return { at: p.heldAt, unit: null, units: [{ figure: 'enforcementSessions', slot: 'held', sums: { enforcementTrained: p.sat, enforcementPassed: p.passed } }] };
        case 'newly-promoted-leaders':
          return {
            at: p.heldAt, unit: null,
            units: [{ figure: 'newlyPromotedSessions', slot: 'held', sums: { newlyPromotedExpected: p.candidatesExpected, newlyPromotedSat: p.sat, newlyPromotedPassed: p.passed } }],
          };
        case 'annual-leaders':
          return {
            at: p.heldAt, unit: null,
            units: [{ figure: 'annualSessions', slot: 'held', sums: { annualExpected: p.candidatesExpected, annualSat: p.sat, annualPassed: p.passed, annualCityUniversity: p.cityUniversityCandidates } }],
          };
        default: {
          const unhandled: never = p.audience;
          throw new Error(`unhandled exam audience ${String(unhandled)}`);
        }
      }
    }
    case 'legaleducation.contest.closed': {
      const units: Unit[] = [{ figure: 'contests', slot: 'closed', sums: { contestParticipants: event.payload.participants } }];
      if (event.payload.kind === 'party-regulations') units.push({ figure: 'partyRegulationContests', slot: 'party-regulations' });
      if (event.payload.kind === 'constitution') units.push({ figure: 'constitutionContests', slot: 'constitution' });
      return { at: event.payload.closedAt, unit: null, units };
    }
    case 'legaleducation.work.released': {
      const units: Unit[] = [{ figure: 'worksReleased', slot: 'released' }];
      if (event.payload.kind === 'micro-video') units.push({ figure: 'microVideos', slot: 'micro-video' });
      if (event.payload.kind === 'micro-video' && event.payload.series === 'i-and-the-constitution') units.push({ figure: 'constitutionMicroVideos', slot: 'constitution-micro-video' });
      return { at: event.payload.releasedAt, unit: null, units };
    }
    case 'legaleducation.work.awarded': {
      const units: Unit[] = [{ figure: 'worksAwarded', slot: 'awarded' }];
      if (event.payload.rank === 'third' && event.payload.level === 'national') units.push({ figure: 'nationalThirdPrizes', slot: 'national-third' });
      if (event.payload.rank === 'third' && event.payload.level === 'city') units.push({ figure: 'cityThirdPrizes', slot: 'city-third' });
      return { at: event.payload.awardedAt, unit: null, units };
    }
    case 'legaleducation.publicity-activity.recorded': {
      const units: Unit[] = [{ figure: 'publicityActivities', slot: 'activity' }];
      if (event.payload.kind === 'case-explanation') units.push({ figure: 'caseExplanations', slot: 'case-explanation' });
      return { at: event.payload.heldAt, unit: event.payload.unit, units };
    }
    case 'legaleducation.media-item.adopted': {
      const units: Unit[] = [{ figure: 'mediaItems', slot: 'adopted' }];
      if (event.payload.level === 'national') units.push({ figure: 'nationalMediaItems', slot: 'national' });
      return { at: event.payload.adoptedAt, unit: null, units };
    }
    case 'legaleducation.survey.recorded': {
      const p = event.payload;
      return {
        at: p.conductedAt, unit: null,
        units: [{ figure: 'surveys', slot: 'survey', sums: { surveyRespondents: p.respondents, surveyAware: p.aware, surveyParticipated: p.participated, surveySatisfied: p.satisfied } }],
      };
    }
    case 'legaleducation.village.assessed': {
      const units: Unit[] = [{ figure: 'villagesAssessed', slot: 'assessed' }];
      if (event.payload.meetsStandard) units.push({ figure: 'villagesMeetingStandard', slot: 'meets-standard' });
      return { at: event.payload.assessedAt, unit: event.payload.village, units };
    }
    default: {
      const unhandled: never = event;
      throw new Error(`unhandled legal-education event ${(unhandled as CaseEvent).type}`);
    }
  }
}

/**
 * The figure facts of a legal-education event, in the year and month of its business time
 * (district time zone), by the unit that held the activity or the village assessed (the others have
 * none). A fact's changes carry its unit and the headcounts it adds. Pure.
 */
export function legalEducationFactsOf(event: LegalEducationEvent, timeZone: string): FigureFact[] {
  const counted = unitsOf(event);
  if (counted === null) return [];
  const { at, unit, units } = counted;
  const { year, month } = calendarDateIn(timeZone, at);
  const dimensions: Record<string, string | number> = unit === null ? { month } : { unit, month };
  return units.map((u) => ({ area: LEGAL_EDUCATION_AREA, figure: u.figure, slot: u.slot, year, dimensions, changes: { [u.figure]: 1, ...u.sums } }));
}

/** The journal entry of an event that counts no unit (a session scheduled or cancelled, a contest opened), in the year of its business time; null for the others. */
export function legalEducationNoteOf(event: LegalEducationEvent, timeZone: string): { year: number; changes: Record<string, number> } | null {
  const note = (at: string, key: string) => ({ year: calendarDateIn(timeZone, at).year, changes: { [key]: 1 } });
  switch (event.type) {
    case 'legaleducation.exam.scheduled':
      return note(event.payload.scheduledAt, 'examsScheduled');
    case 'legaleducation.exam.cancelled':
      return note(event.payload.cancelledAt, 'examsCancelled');
    case 'legaleducation.contest.opened':
      return note(event.payload.openedAt, 'contestsOpened');
    default:
      return null;
  }
}
