/** A rate as the report shows it: the ratio to 4 decimals, a display text, and its parts. */
export interface Rate {
  value: number;
  display: string;
  numerator: number;
  denominator: number;
}

/**
 * numerator / denominator rounded half-up to 4 decimals with integer arithmetic (no float drift),
 * displayed as a percentage with two decimals, one when the second is zero (97.0%, 33.33%).
 * A zero denominator has no rate: null.
 */
export function rate(numerator: number, denominator: number): Rate | null {
  if (denominator === 0) return null;
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  const basisPoints = Number((n * 20000n + d) / (2n * d)); // round(n/d × 10000), half up
  const whole = Math.floor(basisPoints / 100);
  const cents = String(basisPoints % 100).padStart(2, '0');
  const display = `${whole}.${cents.endsWith('0') ? cents[0] : cents}%`;
  return { value: basisPoints / 10000, display, numerator, denominator };
}

/** A rate as the prose says it (97.0%), or a dash when it has no denominator. */
export const rateText = (r: { display: string } | null | undefined): string => (r ? r.display : '—');
