/**
 * The business maximum of every money field (`…Fen`) of every command and event: 10^12 fen =
 * 10,000,000,000 yuan (100 亿元) for one case or dispute. Far above any legal aid benefit or
 * mediated amount a district records, it keeps one amount, and the difference of two (a
 * correction), exact in a JavaScript number with a margin of ~9,000×; sums of many amounts are
 * kept as numeric/BigInt and shown as decimal text (docs/reporting.md, "Money").
 */
export const MAX_FEN = 1_000_000_000_000;

/** True when `value` is an amount a money field accepts: a whole number of fen in 0…MAX_FEN. */
export function isFenAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_FEN;
}
