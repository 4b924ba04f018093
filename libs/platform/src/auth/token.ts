import { KeyObject, sign } from 'node:crypto';
import { errors, jwtVerify } from 'jose';
import { AuthenticationError } from './auth-errors';
import { Actor, isRole, Role, ROLES, UNIT_BOUND_ROLES } from './roles';
import { parsePrivateKey } from './token-keys';

/** What a token says about its holder; `iss`, `aud`, `iat` and `exp` are added by signAccessToken. */
export interface TokenClaims {
  /** The user's id (never a name); events record it as their actorId. */
  sub: string;
  role: Role;
  /** The unit a bound role works for (a committee code for a mediation clerk); absent otherwise. */
  unit?: string;
}

/** The longest lifetime a token may have (exp − iat): 15 minutes; a client renews from its session. */
export const MAX_TOKEN_LIFETIME_SECONDS = 900;
/** Clock difference tolerated between the issuer and a service, on `iat` and on the lifetime. */
export const TOKEN_CLOCK_SKEW_SECONDS = 30;
/** The `iss` of the web app's tokens unless AUTH_JWT_ISSUER says otherwise. */
export const DEFAULT_TOKEN_ISSUER = 'casetrack-web';
/** The `aud` the services expect unless AUTH_JWT_AUDIENCE says otherwise. */
export const DEFAULT_TOKEN_AUDIENCE = 'casetrack';

/** What a service checks a token against: the issuer's public key, and the expected `iss` and `aud`. */
export interface TokenVerification {
  publicKey: KeyObject;
  issuer: string;
  audience: string;
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
  throw new Error(`ttl must be a positive lifetime such as 30s, 5m or 15m, got "${ttl}"`);
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const HEADER = b64({ alg: 'EdDSA', typ: 'JWT' });

// Parsing a PEM costs far more than signing with it: keep the last one.
let lastPrivate: { text: string; key: KeyObject } | undefined;
function privateKeyOf(key: KeyObject | string): KeyObject {
  if (typeof key !== 'string') return key;
  if (lastPrivate?.text === key) return lastPrivate.key;
  const parsed = parsePrivateKey(key);
  if (typeof parsed === 'string') throw new Error(`cannot sign a token: the private key ${parsed}`);
  return (lastPrivate = { text: key, key: parsed }).key;
}

/**
 * Signs an access token for `claims` with the Ed25519 `privateKey` (a KeyObject, or PEM/JWK text):
 * EdDSA, with `iss`, `aud`, `iat` = `now` and `exp` = `now` + `ttlSeconds` (default and most 900 s).
 * Synchronous (node:crypto) so a client can mint a fresh token per request. Throws on claims or a
 * lifetime a service would refuse, so an unusable token is never issued.
 */
export function signAccessToken(
  claims: TokenClaims,
  privateKey: KeyObject | string,
  opts: { issuer: string; audience: string; ttlSeconds?: number; now?: Date },
): string {
  const problem = claimsProblem(claims);
  if (problem) throw new Error(`cannot issue this token: ${problem}`);
  const ttl = opts.ttlSeconds ?? MAX_TOKEN_LIFETIME_SECONDS;
  if (!Number.isInteger(ttl) || ttl <= 0 || ttl > MAX_TOKEN_LIFETIME_SECONDS)
    throw new Error(`cannot issue this token: its lifetime must be 1 to ${MAX_TOKEN_LIFETIME_SECONDS} seconds (15 minutes), got ${ttl}; sign a fresh token instead of a long-lived one`);
  const key = privateKeyOf(privateKey);
  if (key.type !== 'private' || key.asymmetricKeyType !== 'ed25519') throw new Error('cannot sign a token: the key must be an Ed25519 private key');
  const iat = Math.floor((opts.now ?? new Date()).getTime() / 1000);
  const payload = { sub: claims.sub, role: claims.role, ...(claims.unit !== undefined ? { unit: claims.unit } : {}), iss: opts.issuer, aud: opts.audience, iat, exp: iat + ttl };
  const input = `${HEADER}.${b64(payload)}`;
  return `${input}.${sign(null, Buffer.from(input), key).toString('base64url')}`;
}

const invalid = (reason: string) => new AuthenticationError('AUTH.INVALID_TOKEN', `the token is not valid: ${reason}`);

/**
 * The actor a token names, once its EdDSA signature under `v.publicKey` (no other algorithm: an
 * HS256 or unsigned token is refused), its `iss` and `aud`, its expiry and a lifetime of at most
 * 15 minutes, and its claims check out; otherwise an AuthenticationError (AUTH.EXPIRED_TOKEN or
 * AUTH.INVALID_TOKEN). Expiry is judged by the real time, not a service's injected clock: tests pin
 * business time, never token lifetimes.
 */
export async function verifyToken(token: string, v: TokenVerification, now: Date = new Date()): Promise<Actor> {
  const nowSeconds = now.getTime() / 1000;
  const known = verified.get(v)?.get(token);
  // The same token string under the same key, issuer and audience verified once already: only
  // its times can have changed their verdict (checked as below), never its signature or claims.
  if (known && nowSeconds < known.exp && known.iat <= nowSeconds + TOKEN_CLOCK_SKEW_SECONDS && (known.nbf ?? 0) <= Math.floor(nowSeconds)) return known.actor;
  const actor = await verifyTokenFully(token, v, now);
  remember(v, token, actor, now);
  return actor;
}

/**
 * Tokens whose signature and claims checked out, per verification (a service's key, issuer and
 * audience), with their iat and exp: a session's token is sent with every request for minutes, and
 * its EdDSA verification through WebCrypto cost ~160 µs of CPU per request (a fifth of a
 * register request's CPU in the service, docs/benchmarks.md). Bounded; the oldest entry goes first.
 */
const verified = new WeakMap<TokenVerification, Map<string, { actor: Actor; iat: number; exp: number; nbf?: number }>>();
export const VERIFIED_TOKENS_KEPT = 10_000;

function remember(v: TokenVerification, token: string, actor: Actor, now: Date): void {
  const [, body] = token.split('.');
  const { iat, exp, nbf } = JSON.parse(Buffer.from(body, 'base64url').toString()) as { iat: number; exp: number; nbf?: number };
  let tokens = verified.get(v);
  if (!tokens) verified.set(v, (tokens = new Map()));
  if (tokens.size >= VERIFIED_TOKENS_KEPT) {
    // Expired ones first; then the oldest (a Map keeps insertion order).
    for (const [t, e] of tokens) if (e.exp <= now.getTime() / 1000) tokens.delete(t);
    if (tokens.size >= VERIFIED_TOKENS_KEPT) tokens.delete(tokens.keys().next().value!);
  }
  tokens.set(token, { actor, iat, exp, ...(typeof nbf === 'number' ? { nbf } : {}) });
}

async function verifyTokenFully(token: string, v: TokenVerification, now: Date): Promise<Actor> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, v.publicKey, { algorithms: ['EdDSA'], issuer: v.issuer, audience: v.audience, requiredClaims: ['iat', 'exp'], currentDate: now }));
  } catch (err) {
    if (err instanceof errors.JWTExpired && typeof err.payload.exp === 'number')
      throw new AuthenticationError('AUTH.EXPIRED_TOKEN', `the token expired at ${new Date(err.payload.exp * 1000).toISOString()}`);
    throw invalid((err as Error).message);
  }
  const iat = payload.iat as number;
  const exp = payload.exp as number;
  if (iat > now.getTime() / 1000 + TOKEN_CLOCK_SKEW_SECONDS) throw invalid('it was issued in the future ("iat")');
  if (exp - iat > MAX_TOKEN_LIFETIME_SECONDS + TOKEN_CLOCK_SKEW_SECONDS)
    throw invalid(`it lives ${exp - iat} s; tokens live at most ${MAX_TOKEN_LIFETIME_SECONDS} s (15 minutes)`);
  const problem = claimsProblem(payload);
  if (problem) throw invalid(problem);
  return { id: payload.sub as string, role: payload.role as Role, ...(typeof payload.unit === 'string' ? { unit: payload.unit } : {}) };
}
