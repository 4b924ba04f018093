import { encodeCursor } from '@casetrack/platform';
import { ADMIN_REVIEW_DIMENSIONS } from '../administrative-review/admin-review-report.query';
import { LITIGATION_DIMENSIONS } from '../administrative-review/litigation-report.query';
import { FILE_REVIEW_DIMENSIONS } from '../file-review/file-review-report.query';
import { LEGAL_AFFAIRS_DIMENSIONS } from '../legal-affairs/legal-affairs-report.query';
import { PUBLIC_LEGAL_SERVICES_DIMENSIONS } from '../public-legal-services/public-legal-services-report.query';
import { LEGAL_EDUCATION_DIMENSIONS } from '../legal-education/legal-education-report.query';
import { LEGAL_AID_DIMENSIONS } from '../legal-aid/legal-aid-report.query';
import { MEDIATION_DIMENSIONS } from '../mediation/mediation-report.query';
import { parseDrillThroughRequest } from './drill-through.request';
import { FIGURE_CATALOG } from './figure-catalog';

const parse = (area: string, query: Record<string, unknown>) => parseDrillThroughRequest(area, FIGURE_CATALOG[area], query);
const message = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected an error');
};

describe('drill-through requests', () => {
  it('offer exactly the breakdown dimensions of each area as filters', () => {
    const dimensions = { mediation: MEDIATION_DIMENSIONS, 'legal-aid': LEGAL_AID_DIMENSIONS, 'administrative-review': ADMIN_REVIEW_DIMENSIONS, litigation: LITIGATION_DIMENSIONS, 'file-review': FILE_REVIEW_DIMENSIONS, 'legal-affairs': LEGAL_AFFAIRS_DIMENSIONS,
      'public-legal-services': PUBLIC_LEGAL_SERVICES_DIMENSIONS,
      'legal-education': LEGAL_EDUCATION_DIMENSIONS,
    };
    expect(Object.keys(FIGURE_CATALOG).sort()).toEqual(Object.keys(dimensions).sort());
    for (const [area, dims] of Object.entries(dimensions)) expect(Object.keys(FIGURE_CATALOG[area].dimensions).sort()).toEqual([...dims].sort());
  });

  it('count mediated as the succeeded and failed facts together', () => {
    expect(parse('mediation', { figure: 'mediated' }).factFigures).toEqual(['succeeded', 'failed']);
  });

  it('turn dimension filters into the jsonb a fact must contain: months as numbers, multi-valued dimensions as one-element arrays', () => {
    expect(parse('mediation', { figure: 'succeeded', category: 'labour', month: '3' })).toMatchObject({
      filters: { category: 'labour', month: 3 },
      contains: { category: 'labour', month: 3 },
    });
    expect(parse('legal-aid', { figure: 'closed', applicantGroup: 'minor' }).contains).toEqual({ applicantGroup: ['minor'] });
  });

  it('refuse an unknown figure listing the figures of the area', () => {
    expect(message(() => parse('mediation', { figure: 'concluded' }))).toBe('figure: must be one of registered, succeeded, failed, withdrawn, mediated, got "concluded"');
    expect(message(() => parse('litigation', {}))).toBe(
      'figure: is required; litigation figures: filed, hearings, headAppearances, judged, judgmentsSupervised, supervisionsConcluded, suggestionsReceived, suggestionsSupervised, suggestionsAnswered',
    );
  });

  it('refuse an unknown dimension listing the dimensions of the area', () => {
    expect(message(() => parse('mediation', { figure: 'succeeded', matter: 'labour' }))).toBe(
      'matter: is not a parameter of mediation: figure, limit, cursor, district, or a dimension (category, committeeKind, source, month)',
    );
  });

  it('refuse bad values, a repeated parameter, a bad limit and a forged cursor, naming the field', () => {
    expect(message(() => parse('mediation', { figure: 'succeeded', category: 'cats' }))).toMatch(/^category: must be one of marriage-family, /);
    expect(message(() => parse('mediation', { figure: 'succeeded', month: '13' }))).toBe('month: must be a month from 1 to 12, got "13"');
    expect(message(() => parse('mediation', { figure: 'succeeded', month: ['1', '2'] }))).toBe('month: must be given once, as text');
    expect(message(() => parse('mediation', { figure: 'succeeded', limit: '0' }))).toBe('limit: must be a whole number from 1 to 1000');
    expect(message(() => parse('mediation', { figure: 'succeeded', cursor: encodeCursor(['not-a-uuid', 'conclusion']) }))).toMatch(/^cursor: is not a cursor this service issued/);
  });

  it('open the coverage at the year\'s end without a dimension, and refuse one naming it', () => {
    expect(parse('legal-affairs', { figure: 'unitsWithAdviser', limit: '10' })).toMatchObject({ figure: 'unitsWithAdviser', factFigures: [], limit: 10 });
    expect(message(() => parse('legal-affairs', { figure: 'unitsAtYearEnd', month: '12' }))).toBe(
      "month: unitsAtYearEnd is counted at the year's end and has no breakdown: it is narrowed by no dimension",
    );
    expect(message(() => parse('legal-affairs', { figure: 'adviserCoverage' }))).toMatch(/^figure: must be one of agendaMeetings, .*unitsAtYearEnd, unitsWithAdviser, got "adviserCoverage"$/);
  });

  it('accept a cursor of a case id and the unit it stopped at', () => {
    const cursor = encodeCursor(['0b7f8f5e-2d0c-4d43-8f0c-6a2b8f9d1e22', 'hearing:x']);
    expect(parse('litigation', { figure: 'hearings', cursor, limit: '10' })).toMatchObject({ limit: 10, cursor });
  });
});
