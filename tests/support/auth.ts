import { issueToken, readTokenSigning, renewingAuthHeaders, Role, TokenSigning } from '@casetrack/platform';
import { createHmac, generateKeyPairSync, KeyObject, sign } from 'node:crypto';

/** The id tokens from tokenFor carry unless told otherwise, per role (e.g. `test-admin`). */
export const testUserId = (role: Role) => `test-${role}`;

/**
 * A bearer token for `role` (a mediation clerk also needs `unit`, their committee code), signed with
 * the key the in-process services accept (AUTH_JWT_PRIVATE_KEY or the development key), valid for
 * 15 minutes: mint one per request rather than keeping one for a whole suite.
 */
export function tokenFor(role: Role, unit?: string, opts: { sub?: string; ttl?: string; now?: Date; signing?: TokenSigning } = {}): string {
  return issueToken({ sub: opts.sub ?? testUserId(role), role, unit }, opts.signing ?? readTokenSigning(), { ttl: opts.ttl ?? '15m', now: opts.now });
}

/**
 * `Authorization: Bearer …` for `role` (admin by default), to pass as headers of a request or an
 * HttpClient; the token is renewed as it is read, so a client kept for a whole suite keeps working.
 */
export function authHeaders(role: Role = 'admin', unit?: string, opts: { sub?: string } = {}): Record<string, string> {
  return renewingAuthHeaders(() => tokenFor(role, unit, opts));
}

/** A signing setup with a fresh Ed25519 key no service knows (for forged tokens), otherwise like the tests' own. */
export function foreignSigning(): TokenSigning {
  return { ...readTokenSigning(), privateKey: generateKeyPairSync('ed25519').privateKey, developmentKey: false };
}

/**
 * A compact JWS with exactly this header and payload, signed as `header.alg` says: EdDSA with an
 * Ed25519 `key`, HS256 with a string secret, `none` unsigned. For tokens signAccessToken refuses to make.
 */
export function rawToken(header: { alg: 'EdDSA' | 'HS256' | 'none'; [k: string]: unknown }, payload: Record<string, unknown>, key?: KeyObject | string): string {
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  if (header.alg === 'none') return `${input}.`;
  if (header.alg === 'HS256') return `${input}.${createHmac('sha256', key as string | KeyObject).update(input).digest('base64url')}`;
  return `${input}.${sign(null, Buffer.from(input), key as KeyObject).toString('base64url')}`;
}
