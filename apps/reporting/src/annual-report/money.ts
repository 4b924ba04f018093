/**
 * Money as the report shows it. Amounts are integer fen, summed in numeric columns and BigInt, so
 * a sum is exact at any size; JSON shows it as a number only while that number is exact.
 */

/** An exact integer of fen, from a JavaScript integer, a BigInt or PostgreSQL integer text ("-12"). */
export type FenValue = number | bigint | string;

const INTEGER_TEXT = /^-?\d+$/;

/** The value as a BigInt, exactly; a fraction, a float beyond 2^53 or other text is an error. */
export function toFen(value: FenValue): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`not an exact whole number of fen: ${value}`);
    return BigInt(value);
  }
  if (!INTEGER_TEXT.test(value)) throw new Error(`not a whole number of fen: "${value.slice(0, 40)}"`);
  return BigInt(value);
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The fen as a JSON number when it is exact as one (|fen| ≤ 2^53 − 1), otherwise null. */
export function fenNumberOrNull(value: FenValue): number | null {
  const f = toFen(value);
  return f <= MAX_SAFE && f >= -MAX_SAFE ? Number(f) : null;
}

/** Fen as yuan text with exactly two decimals, by integer arithmetic (225750000 → "2257500.00"). */
export function fenToYuan(value: FenValue): string {
  const f = toFen(value);
  const sign = f < 0n ? '-' : '';
  const abs = f < 0n ? -f : f;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** Fen as 万元 with two decimals, rounded half up (away from zero) by integer arithmetic (225750000 → "225.75"). */
export function fenToWanYuan(value: FenValue): string {
  const f = toFen(value);
  const sign = f < 0n ? '-' : '';
  const abs = f < 0n ? -f : f;
  const hundredths = (abs * 2n + 10000n) / 20000n; // round(fen / 10 000)
  return `${hundredths === 0n ? '' : sign}${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
}

/**
 * A sum of fen as the report's three figures of it, e.g. for `benefit`: `benefitFen` (a number while
 * exact, else null), `benefitFenText` (the exact integer as text, always) and `benefitYuan` (exact
 * yuan text with two decimals, always).
 */
export function moneyFigures<const P extends string>(prefix: P, value: FenValue): { [K in `${P}Fen`]: number | null } & { [K in `${P}FenText` | `${P}Yuan`]: string } {
  const f = toFen(value);
  return { [`${prefix}Fen`]: fenNumberOrNull(f), [`${prefix}FenText`]: f.toString(), [`${prefix}Yuan`]: fenToYuan(f) } as never;
}
