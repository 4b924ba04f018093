import { PROBLEM_CATEGORIES } from '@casetrack/contracts';
import type { ProblemRow } from '../../persistence/file.repository';

export type { ProblemRow };

/**
 * The problem list (问题清单): every reviewed agency with its totals, and the given problems (one page
 * of them) grouped by agency and by category in the contract's order.
 */
export function groupProblems(rows: readonly ProblemRow[], reviewedByAgency: ReadonlyMap<string, number>, problemsByAgency: ReadonlyMap<string, number>) {
  const agencies = [...new Set([...reviewedByAgency.keys(), ...problemsByAgency.keys(), ...rows.map((r) => r.agency)])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return agencies.map((agency) => {
    const own = rows.filter((r) => r.agency === agency);
    return {
      agency,
      filesReviewed: reviewedByAgency.get(agency) ?? 0,
      problems: problemsByAgency.get(agency) ?? own.length,
      categories: PROBLEM_CATEGORIES.filter((c) => own.some((r) => r.category === c)).map((category) => ({
        category,
        problems: own
          .filter((r) => r.category === category)
          .map((r) => ({ fileNumber: r.fileNumber, score: r.score, grade: r.grade, description: r.description })),
      })),
    };
  });
}

export const CSV_HEADER = ['agency', 'category', 'fileNumber', 'score', 'grade', 'description'] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A text starting with
 * = + - @ or a tab gets a leading apostrophe so spreadsheets show it instead of running it.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The problem list as CSV: a header row, then one row per problem, CRLF line ends (RFC 4180). */
export async function problemListCsv(rows: Iterable<ProblemRow> | AsyncIterable<ProblemRow>): Promise<string> {
  const lines = [CSV_HEADER.join(',')];
  for await (const r of rows) lines.push(CSV_HEADER.map((k) => csvCell(r[k])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
