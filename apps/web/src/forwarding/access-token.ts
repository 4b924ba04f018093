import { signAccessToken, TokenSigning } from '@casetrack/platform';
import { Account } from '../accounts/domain/account';

/** Five minutes: every forwarded call mints a fresh one from the session, so a leaked token is short-lived. */
export const ACCESS_TOKEN_TTL_SECONDS = 300;

/**
 * A bearer token for the services naming the account (sub = its id, its role and, for a clerk, its
 * unit), signed with EdDSA and the issuer's `iss`/`aud`. Stamped with the real time, not the app's
 * injected clock: the services judge expiry by the real clock.
 */
export function mintAccessToken(account: Pick<Account, 'id' | 'role' | 'unit'>, signing: TokenSigning): string {
  return signAccessToken({ sub: account.id, role: account.role, ...(account.unit !== null ? { unit: account.unit } : {}) }, signing.privateKey, {
    issuer: signing.issuer,
    audience: signing.audience,
    ttlSeconds: ACCESS_TOKEN_TTL_SECONDS,
  });
}
