/** A rate of the report: { value (0–1), display ("97.96%"), numerator, denominator }. */
export interface Rate {
  value: number | null;
  display: string;
  numerator: number;
  denominator: number;
}

/** A figure set beside another year's (`compareTo`). */
export interface Compared {
  value: number | string | null;
  other: number | string | null;
  change: number | string | null;
}

/**
 * Fen (exact decimal text) as 万元 with two decimals, rounded half up to 100 yuan, like the
 * report's prose; BigInt, so a sum past 2^53 fen stays exact.
 */
export function fenTextToWan(fen: string): string {
  const hundreds = (BigInt(fen) + 5_000n) / 10_000n;
  return `${hundreds / 100n}.${String(hundreds % 100n).padStart(2, '0')}`;
}

/** The prose of the Markdown report: its paragraphs, without the title, the table and the footnote. */
export function proseOf(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !p.startsWith('#') && !p.startsWith('|') && !p.startsWith('数据截至'));
}
