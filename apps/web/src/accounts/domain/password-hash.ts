import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id: the enum is `const` in the typings and absent at run time, so the value itself.
const ARGON2ID = 2;

/** An argon2id hash of `password` ($argon2id$…, the library's defaults: 19 MiB, 2 passes, OWASP's minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

let dummy: Promise<string> | undefined;

/**
 * True when `password` matches `passwordHash`. Without a hash (no such account) it verifies against
 * a dummy hash all the same and answers false, so the time taken does not tell whether the account exists.
 */
export async function passwordMatches(password: string, passwordHash: string | null): Promise<boolean> {
  dummy ??= hashPassword('casetrack-no-such-account');
  const target = passwordHash ?? (await dummy);
  const ok = await verify(target, password).catch(() => false);
  return passwordHash !== null && ok;
}
