import { InvalidInputError } from '@casetrack/platform';
import { randomInt } from 'node:crypto';

export const MIN_PASSWORD_LENGTH = 10;
/** Long enough for any passphrase; bounded so nobody makes the server hash megabytes. */
export const MAX_PASSWORD_LENGTH = 256;

/**
 * What is wrong with `password` as a new password for `username`, or null: 10–256 characters
 * (code points, so a Chinese passphrase counts its characters), not only blanks, not the username.
 */
export function passwordProblem(password: string, username: string): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `the password must have at least ${MIN_PASSWORD_LENGTH} characters`;
  if (length > MAX_PASSWORD_LENGTH) return `the password must have at most ${MAX_PASSWORD_LENGTH} characters`;
  if (password.trim() === '') return 'the password must not be only blanks';
  if (password.toLowerCase().includes(username.toLowerCase()) && username.length >= 3) return 'the password must not contain the username';
  return null;
}

/** Throws ACCOUNT.WEAK_PASSWORD (400, naming `field`) when passwordProblem finds one. */
export function assertPasswordAcceptable(password: string, username: string, field = 'newPassword'): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new InvalidInputError('ACCOUNT.WEAK_PASSWORD', field, `${field}: ${problem}`);
}

// No 0/O, 1/l/I: a one-time password is read aloud or copied by hand.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random one-time password of 16 characters (about 93 bits), acceptable to passwordProblem. */
export function generateOneTimePassword(): string {
  let out = '';
  for (let i = 0; i < 16; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
