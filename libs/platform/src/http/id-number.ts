import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { trimText } from './text.validators';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The ISO 7064 MOD 11-2 check character of the first 17 digits of a PRC resident identity number. */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('the first 17 characters of an identity number must be digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/**
 * What is wrong with a PRC resident identity number (GB 11643), or null when it is valid:
 * 18 characters, 17 digits, a real birth date at positions 7–14, and the MOD 11-2 check character
 * (a final `x` is read as `X`). The problem never quotes the number.
 */
export function idNumberProblem(value: string): string | null {
  if (value.length !== 18) return 'must be 18 characters long';
  if (!/^\d{17}[\dXx]$/.test(value)) return 'must be 17 digits followed by a digit or X';
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || birth.getUTCFullYear() !== year || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day)
    return 'must contain a real birth date (characters 7–14, YYYYMMDD)';
  if (idNumberCheckChar(value.slice(0, 17)) !== value[17].toUpperCase()) return 'has a wrong check digit';
  return null;
}

/**
 * A PRC resident identity number with a correct check digit, trimmed and with a final `x` read as `X`; the message says what
 * is wrong, never the number.
 */
export function IsPrcIdNumber(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => { const v = trimText(value); return typeof v === 'string' ? v.toUpperCase() : v; }),
    ValidateBy({
      name: 'isPrcIdNumber',
      validator: {
        validate: (value) => typeof value === 'string' && idNumberProblem(value) === null,
        defaultMessage: (args) =>
          `${args?.property} ${typeof args?.value === 'string' ? idNumberProblem(args.value) ?? 'is invalid' : 'must be a string'}`,
      },
    }),
  );
}
