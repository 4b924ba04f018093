/**
 * How every casetrack response shows personal data: enough to tell records apart at the desk,
 * never the whole value. The full value is read only through a service's audited
 * `…/personal-data` endpoint.
 */

/** A name with only its first character shown: 张三丰 → 张**; counts characters, not UTF-16 units. */
export function maskName(name: string): string {
  const chars = Array.from(name);
  return chars.length === 0 ? '' : chars[0] + '*'.repeat(chars.length - 1);
}

/** An identity number with its first 4 and last 4 characters shown: 5001**********1234; 8 or fewer characters are all masked. */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 8) return '*'.repeat(idNumber.length);
  return idNumber.slice(0, 4) + '*'.repeat(idNumber.length - 8) + idNumber.slice(-4);
}

/** A phone number with its first 3 and last 4 characters shown: 138****8000, 023*****0000; 7 or fewer characters are all masked. */
export function maskPhone(phone: string): string {
  if (phone.length <= 7) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}

/** `mask(value)`, keeping an absent value absent. */
export function maskOrNull(value: string | null, mask: (v: string) => string): string | null {
  return value === null ? null : mask(value);
}
