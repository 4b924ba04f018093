import { readTokenSigning, TokenSigning } from '../config/auth-config';
import { MAX_TOKEN_LIFETIME_SECONDS, signAccessToken, TokenClaims, ttlSeconds } from './token';

/**
 * A token for `claims` signed as `signing` says (by default AUTH_JWT_PRIVATE_KEY or the development
 * key, see readTokenSigning), living `ttl` (`5m`, `900`…; default and at most 15 minutes).
 */
export function issueToken(claims: TokenClaims, signing: TokenSigning = readTokenSigning(), opts: { ttl?: string | number; now?: Date } = {}): string {
  const ttl = ttlSeconds(opts.ttl ?? MAX_TOKEN_LIFETIME_SECONDS);
  return signAccessToken(claims, signing.privateKey, { issuer: signing.issuer, audience: signing.audience, ttlSeconds: ttl, now: opts.now });
}

/**
 * Request headers whose `authorization` is a fresh `Bearer <mint()>` whenever the last one is
 * `renewAfterSeconds` old, read at each use (spreading or iterating the object reads it): for a
 * client that runs longer than a token lives (the 2019 loader, the fault workload, the bench).
 */
export function renewingAuthHeaders(mint: () => string, renewAfterSeconds = 300): Record<string, string> {
  let token = '';
  let mintedAt = -Infinity;
  const headers: Record<string, string> = {};
  Object.defineProperty(headers, 'authorization', {
    enumerable: true,
    get() {
      if (Date.now() - mintedAt >= renewAfterSeconds * 1000) [token, mintedAt] = [mint(), Date.now()];
      return `Bearer ${token}`;
    },
  });
  return headers;
}
