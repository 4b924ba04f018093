import jwt from 'jsonwebtoken';
import { createSecretKey, KeyObject } from 'node:crypto';
import { AuthenticationError } from './auth-errors';
import { Actor, isRole, Role, ROLES, UNIT_BOUND_ROLES } from './roles';

/** What a token says about its holder; `exp` is added by issueToken. */
export interface TokenClaims {
  /** The user's id (never a name); events record it as their actorId. */
  sub: string;
  role: Role;
  /** The unit a bound role works for (a committee code for a mediation clerk); absent otherwise. */
  unit?: string;
}

// An id, not a name: visible ASCII only, and no longer than the event envelope's actorId.
const SUB = /^[\x21-\x7e]{1,100}$/;
// The committee codes of the mediation service.
const UNIT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;
const TTL = /^(\d{1,6})([smhd])$/;
const SECONDS = { s: 1, m: 60, h: 3600, d: 86400 } as const;

/** What is wrong with a token's claims (role known, sub an id, unit present exactly for bound roles), or null. */
export function claimsProblem(c: { sub?: unknown; role?: unknown; unit?: unknown }): string | null {
  if (typeof c.sub !== 'string' || !SUB.test(c.sub)) return 'sub must be a user id of 1–100 visible ASCII characters';
  if (!isRole(c.role)) return `role must be one of ${ROLES.join(', ')}`;
  if (UNIT_BOUND_ROLES.includes(c.role)) {
    if (typeof c.unit !== 'string' || !UNIT.test(c.unit)) return `a ${c.role} token must name its unit (a committee code)`;
  } else if (c.unit !== undefined) return `a ${c.role} token carries no unit`;
  return null;
}

/** Seconds in a lifetime written `30s`, `15m`, `8h` or `7d` (or given as seconds); throws on anything else. */
export function ttlSeconds(ttl: string | number): number {
  if (typeof ttl === 'number') {
    if (Number.isInteger(ttl) && ttl > 0) return ttl;
  } else {
    const m = TTL.exec(ttl);
    if (m && Number(m[1]) > 0) return Number(m[1]) * SECONDS[m[2] as keyof typeof SECONDS];
  }
  throw new Error(`ttl must be a positive lifetime such as 30m, 8h or 7d, got "${ttl}"`);
}

/**
 * Signs `claims` with HS256 and `secret`, valid for `ttl` from `now` (default 8 hours from now).
 * Throws on claims a service would refuse, so an unusable token is never issued.
 */
export function issueToken(claims: TokenClaims, secret: string, opts: { ttl?: string | number; now?: Date } = {}): string {
  const problem = claimsProblem(claims);
  if (problem) throw new Error(`cannot issue this token: ${problem}`);
  const iat = Math.floor((opts.now ?? new Date()).getTime() / 1000);
  const payload = { sub: claims.sub, role: claims.role, ...(claims.unit !== undefined ? { unit: claims.unit } : {}), iat, exp: iat + ttlSeconds(opts.ttl ?? '8h') };
  return jwt.sign(payload, secret, { algorithm: 'HS256' });
}

// jsonwebtoken 9 first tries a string secret as a PEM public key (createPublicKey, which throws) on
// every verify: ~1 ms of CPU per request. The same secret as a KeyObject skips that (~15 µs).
let verifyKey: { secret: string; key: KeyObject } | undefined;
const secretKey = (secret: string) => (verifyKey?.secret === secret ? verifyKey : (verifyKey = { secret, key: createSecretKey(Buffer.from(secret, 'utf8')) })).key;

/**
 * The actor a token names, once its HS256 signature under `secret`, its expiry (required) and its
 * claims check out; otherwise an AuthenticationError (AUTH.EXPIRED_TOKEN or AUTH.INVALID_TOKEN).
 * Expiry is judged by the real time, not a service's injected clock: tests pin business time,
 * never token lifetimes.
 */
export function verifyToken(token: string, secret: string, now: Date = new Date()): Actor {
  let payload: string | jwt.JwtPayload;
  try {
    payload = jwt.verify(token, secretKey(secret), { algorithms: ['HS256'], clockTimestamp: Math.floor(now.getTime() / 1000) });
  } catch (err) {
    if (err instanceof jwt.TokenExpiredError) throw new AuthenticationError('AUTH.EXPIRED_TOKEN', `the token expired at ${err.expiredAt.toISOString()}`);
    throw new AuthenticationError('AUTH.INVALID_TOKEN', `the token is not valid: ${(err as Error).message}`);
  }
  if (typeof payload === 'string' || typeof payload.exp !== 'number') throw new AuthenticationError('AUTH.INVALID_TOKEN', 'the token has no expiry');
  const problem = claimsProblem(payload);
  if (problem) throw new AuthenticationError('AUTH.INVALID_TOKEN', `the token is not valid: ${problem}`);
  return { id: payload.sub as string, role: payload.role as Role, ...(typeof payload.unit === 'string' ? { unit: payload.unit } : {}) };
}
