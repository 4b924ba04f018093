import { decodeCursor, InvalidInputError, KeyColumn, keyShape, parseLimit } from '@casetrack/platform';
import { AreaFigures, DimensionKind } from './area-figures';

/** Query parameters that are not dimensions. */
const RESERVED = ['figure', 'district', 'limit', 'cursor'] as const;
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/** A validated drill-through request: which facts to count and list, and where the page starts. */
export interface DrillThroughRequest {
  figure: string;
  /** The fact figures the figure counts. */
  factFigures: readonly string[];
  district?: string;
  /** Dimension filters as given (for the answer) and as the jsonb a fact's dimensions must contain. */
  filters: Record<string, string | number>;
  contains: Record<string, string | number | string[]>;
  limit: number;
  /** The nextCursor of the previous page, checked against FACT_KEY. */
  cursor?: string;
}

/** The drill-through's order and cursor: case id, then the counted unit of the case (its slot). */
export const FACT_KEY: readonly KeyColumn[] = [
  { sql: 'case_id', part: { kind: 'uuid' } },
  { sql: 'slot', part: { kind: 'text', maxLength: 200 }, bytewise: true },
];

const invalid = (field: string, message: string) => new InvalidInputError('REPORT.INVALID_DRILL_THROUGH', field, `${field}: ${message}`);

function dimensionValue(name: string, kind: DimensionKind, raw: string): string | number {
  if (kind.kind === 'month') {
    if (!/^(1[0-2]|[1-9])$/.test(raw)) throw invalid(name, `must be a month from 1 to 12, got "${raw}"`);
    return Number(raw);
  }
  if (kind.kind === 'enum') {
    if (!kind.values.includes(raw)) throw invalid(name, `must be one of ${kind.values.join(', ')}, got "${raw}"`);
    return raw;
  }
  if (raw.length < 1 || raw.length > 200) throw invalid(name, 'must be 1–200 characters long');
  return raw;
}

/**
 * Checks a drill-through query against the area's figures and dimensions. Never lets an unknown
 * figure or parameter through: each is a 400 naming the field and listing what is allowed.
 */
export function parseDrillThroughRequest(area: string, figures: AreaFigures, query: Record<string, unknown>): DrillThroughRequest {
  const allowed = [...RESERVED, ...Object.keys(figures.dimensions)];
  const single: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    if (!allowed.includes(name))
      throw invalid(name, `is not a parameter of ${area}: figure, limit, cursor, district, or a dimension (${Object.keys(figures.dimensions).join(', ')})`);
    if (typeof value !== 'string') throw invalid(name, 'must be given once, as text');
    single[name] = value;
  }
  const figureNames = Object.keys(figures.figures);
  const figure = single.figure;
  if (figure === undefined) throw invalid('figure', `is required; ${area} figures: ${figureNames.join(', ')}`);
  if (!Object.hasOwn(figures.figures, figure)) throw invalid('figure', `must be one of ${figureNames.join(', ')}, got "${figure}"`);
  if (single.district !== undefined && !/^\d{6}$/.test(single.district)) throw invalid('district', 'must be a 6-digit administrative division code');
  const limit = parseLimit(single.limit, MAX_LIMIT, DEFAULT_LIMIT);
  // Checked here, before any figure is read; the page query reads it again.
  if (single.cursor !== undefined) decodeCursor(single.cursor, keyShape(FACT_KEY));
  const filters: DrillThroughRequest['filters'] = {};
  const contains: DrillThroughRequest['contains'] = {};
  for (const [name, kind] of Object.entries(figures.dimensions)) {
    if (single[name] === undefined) continue;
    if (figures.lists?.[figure]) throw invalid(name, `${figure} is counted at the year's end and has no breakdown: it is narrowed by no dimension`);
    const value = dimensionValue(name, kind, single[name]);
    filters[name] = value;
    // A multi-valued dimension (a case's applicant groups) matches when it holds the value.
    contains[name] = kind.kind === 'enum' && kind.multi ? [String(value)] : value;
  }
  return { figure, factFigures: figures.figures[figure], district: single.district, filters, contains, limit, cursor: single.cursor };
}
