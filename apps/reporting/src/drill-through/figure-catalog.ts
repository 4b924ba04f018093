import {
  ADMINISTRATIVE_MATTERS, APPLICANT_GROUPS, COMMITTEE_KINDS, DISPUTE_CATEGORIES, DISPUTE_SOURCES, LEGAL_AID_CASE_TYPES,
  LEGAL_AID_CHANNELS, LEGAL_AID_MATTERS, PROBLEM_CATEGORIES, REVIEW_CHANNELS, REVIEW_DECISIONS, REVIEW_GRADES,
} from '@casetrack/contracts';

/** How a dimension's value in a query is checked and matched against a fact's dimensions. */
export type DimensionKind =
  | { kind: 'enum'; values: readonly string[]; multi?: boolean }
  | { kind: 'month' }
  | { kind: 'text' };

/** The count figures of one report area that can be opened, and the dimensions they can be narrowed by. */
export interface AreaFigures {
  /** Figure as named in the report section → the fact figures it counts (mediated = succeeded + failed). */
  figures: Readonly<Record<string, readonly string[]>>;
  /** The area's breakdown dimensions (the values of ?by=). A multi dimension holds several values per case. */
  dimensions: Readonly<Record<string, DimensionKind>>;
  /** For figures whose unit is part of a case (a hearing): the item field naming that part, read from the slot `<prefix>:<id>`. */
  parts?: Readonly<Record<string, string>>;
}

const oneOf = (values: readonly string[], multi = false): DimensionKind => ({ kind: 'enum', values, multi });
const month: DimensionKind = { kind: 'month' };
const text: DimensionKind = { kind: 'text' };
const each = (...names: string[]) => Object.fromEntries(names.map((n) => [n, [n]]));

/** Every area's count figures, keyed by the area's name in the URL. */
export const FIGURE_CATALOG: Readonly<Record<string, AreaFigures>> = {
  mediation: {
    figures: { ...each('registered', 'succeeded', 'failed', 'withdrawn'), mediated: ['succeeded', 'failed'] },
    dimensions: { category: oneOf(DISPUTE_CATEGORIES), committeeKind: oneOf(COMMITTEE_KINDS), source: oneOf(DISPUTE_SOURCES), month },
  },
  'legal-aid': {
    figures: each('applied', 'accepted', 'rejected', 'assigned', 'closed'),
    dimensions: {
      applicantGroup: oneOf(APPLICANT_GROUPS, true), caseType: oneOf(LEGAL_AID_CASE_TYPES), matter: oneOf(LEGAL_AID_MATTERS),
      channel: oneOf(LEGAL_AID_CHANNELS), month,
    },
  },
  'administrative-review': {
    figures: each('received', 'accepted', 'rejected', 'extended', 'concluded', 'decidedLate'),
    dimensions: { decision: oneOf(REVIEW_DECISIONS), channel: oneOf(REVIEW_CHANNELS), matter: oneOf(ADMINISTRATIVE_MATTERS), month },
  },
  litigation: {
    figures: each('filed', 'hearings', 'headAppearances', 'judged'),
    dimensions: { defendantAgency: text, matter: oneOf(ADMINISTRATIVE_MATTERS), month },
    parts: { hearing: 'hearingId', appearance: 'hearingId' },
  },
  'file-review': {
    figures: each('filesReviewed'),
    dimensions: { agency: text, grade: oneOf(REVIEW_GRADES), problemCategory: oneOf(PROBLEM_CATEGORIES, true) },
  },
};
