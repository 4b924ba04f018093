import { SignJWT } from 'jose';
import { KeyObject } from 'node:crypto';
import { Account } from '../accounts/domain/account';

/** Who issues the tokens (the web app is the only issuer) and who they are for (the five services). */
export const TOKEN_ISSUER = 'casetrack-web';
export const TOKEN_AUDIENCE = 'casetrack';
/** Five minutes: every forwarded call mints a fresh one from the session, so a leaked token is short-lived. */
export const ACCESS_TOKEN_TTL_SECONDS = 300;

/**
 * A bearer token for the services naming the account (sub = its id, its role and, for a clerk, its
 * unit), signed with EdDSA (Ed25519). Stamped with the real time, not the app's injected clock: the
 * services judge expiry by the real clock.
 * TODO(issue 13): switch to the shared signAccessToken of libs/platform once it lands.
 */
export function mintAccessToken(account: Pick<Account, 'id' | 'role' | 'unit'>, key: KeyObject, now: Date = new Date()): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ role: account.role, ...(account.unit !== null ? { unit: account.unit } : {}) })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
    .setSubject(account.id)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ACCESS_TOKEN_TTL_SECONDS)
    .sign(key);
}
