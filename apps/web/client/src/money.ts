/** The largest amount a case may carry: 10^12 fen (libs/contracts/src/money.ts, MAX_FEN). */
export const MAX_FEN = 1_000_000_000_000;

const YUAN = /^(\d{1,11})(?:\.(\d{1,2}))?$/;

/**
 * Yuan as typed ("1234.56", "12", "0.5") to exact fen (123456, 1200, 50), by integer arithmetic on
 * the digits: never parseFloat × 100, which turns 0.29 into 28.999999999999996. Undefined for
 * anything that is not a non-negative amount with at most two decimals, or above MAX_FEN.
 */
export function yuanToFen(text: string): number | undefined {
  const m = YUAN.exec(text.trim());
  if (!m) return undefined;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return fen <= MAX_FEN ? fen : undefined;
}

/** Fen as yuan with two decimals ("1,234.56"), by integer arithmetic. */
export function fenToYuan(fen: number): string {
  const whole = Math.trunc(fen / 100);
  const cents = String(fen % 100).padStart(2, '0');
  return `${whole.toLocaleString('zh-CN')}.${cents}`;
}
