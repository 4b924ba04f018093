/**
 * The applicant's name and identity number are stored by the legal-aid service only: every
 * response shows them masked, and no event, log line or error message carries them.
 */

// The identity number's check (idNumberProblem) is in libs/platform: administrative review uses it too.

/** A name with only its first character shown: 张三丰 → 张**; counts characters, not UTF-16 units. */
export function maskName(name: string): string {
  const chars = Array.from(name);
  return chars.length === 0 ? '' : chars[0] + '*'.repeat(chars.length - 1);
}

/** An identity number with its first 4 and last 4 characters shown: 5001**********1234. */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 8) return '*'.repeat(idNumber.length);
  return idNumber.slice(0, 4) + '*'.repeat(idNumber.length - 8) + idNumber.slice(-4);
}
