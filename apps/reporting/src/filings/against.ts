import { InvalidInputError } from '@casetrack/platform';
import type { AnnualReportQuery } from '../annual-report/annual-report.controller';

/** Parses a filing number (1, 2, …); anything else is a 400 naming `field`. */
export function parseFilingNumber(raw: string, field = 'n'): number {
  if (!/^[1-9]\d{0,5}$/.test(raw)) throw new InvalidInputError('REPORT.INVALID_FILING', field, `${field}: must be a filing number (1, 2, …), got "${raw}"`);
  return Number(raw);
}

/**
 * The filing number of ?against=filing:{n}, or undefined without it. A report against a filing is
 * JSON only and not also compared with another year, and only it takes limit and cursor: each other
 * combination is a 400 naming the field.
 */
export function parseAgainst(q: Pick<AnnualReportQuery, 'against' | 'format' | 'compareTo' | 'limit' | 'cursor'>): number | undefined {
  if (q.against === undefined) {
    // Only the events since a filing are paged; the report itself is one document.
    for (const field of ['limit', 'cursor'] as const)
      if (q[field] !== undefined) throw new InvalidInputError('REPORT.INVALID_AGAINST', field, `${field}: pages the events since a filing; give it with against=filing:{n} only`);
    return undefined;
  }
  const m = /^filing:(\d{1,6})$/.exec(q.against);
  if (!m) throw new InvalidInputError('REPORT.INVALID_AGAINST', 'against', `against: must be filing:{n}, e.g. filing:1, got "${q.against}"`);
  if (q.format !== undefined && q.format !== 'json') throw new InvalidInputError('REPORT.INVALID_AGAINST', 'format', 'format: a report against a filing is JSON only');
  if (q.compareTo !== undefined) throw new InvalidInputError('REPORT.INVALID_AGAINST', 'compareTo', 'compareTo: give either compareTo or against, not both');
  return parseFilingNumber(m[1], 'against');
}
