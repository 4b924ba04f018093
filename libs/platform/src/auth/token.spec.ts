import { createHmac, createPublicKey, generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import { AuthenticationError } from './auth-errors';
import { DEV_TOKEN_PRIVATE_KEY, DEV_TOKEN_PUBLIC_KEY } from './dev-keys';
import { claimsProblem, signAccessToken, TokenVerification, ttlSeconds, verifyToken } from './token';

/** A compact JWS with exactly this header and payload: EdDSA with `key`, HS256 with a string secret, or unsigned. */
function rawToken(header: { alg: string; typ: string }, payload: Record<string, unknown>, key?: KeyObject | string): string {
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  if (header.alg === 'none') return `${input}.`;
  if (header.alg === 'HS256') return `${input}.${createHmac('sha256', key as string).update(input).digest('base64url')}`;
  return `${input}.${sign(null, Buffer.from(input), key as KeyObject).toString('base64url')}`;
}

const NOW = new Date('2026-03-01T08:00:00Z');
const IAT = Math.floor(NOW.getTime() / 1000);
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const V: TokenVerification = { publicKey, issuer: 'casetrack-web', audience: 'casetrack' };
const SIGN = { issuer: 'casetrack-web', audience: 'casetrack', now: NOW };
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
/** A correctly signed EdDSA token with exactly `payload` (for claims signAccessToken would refuse to make). */
const signed = (payload: Record<string, unknown>, key: KeyObject = privateKey) => rawToken({ alg: 'EdDSA', typ: 'JWT' }, payload, key);
const good = { sub: 'u-1', role: 'admin', iss: 'casetrack-web', aud: 'casetrack', iat: IAT, exp: IAT + 600 };

/** The code and message of the AuthenticationError `verify` rejects with. */
async function refusal(verify: () => Promise<unknown>): Promise<string> {
  try {
    await verify();
  } catch (err) {
    expect(err).toBeInstanceOf(AuthenticationError);
    return `${(err as AuthenticationError).code}: ${(err as Error).message}`;
  }
  throw new Error('the token was accepted');
}

describe('verifyToken', () => {
  it('accepts an EdDSA token signed with the private key and names the user, role and unit', async () => {
    const token = signAccessToken({ sub: 'u-17', role: 'mediation-clerk', unit: 'SPB-POL-01' }, privateKey, SIGN);
    await expect(verifyToken(token, V, NOW)).resolves.toEqual({ id: 'u-17', role: 'mediation-clerk', unit: 'SPB-POL-01' });
  });

  it('gives an unbound role no unit', async () => {
    await expect(verifyToken(signAccessToken({ sub: 'u-1', role: 'legal-aid-officer' }, privateKey, SIGN), V, NOW)).resolves.toEqual({ id: 'u-1', role: 'legal-aid-officer' });
  });

  it('accepts a token until its expiry and refuses it from then on as AUTH.EXPIRED_TOKEN, saying when it expired', async () => {
    const token = signAccessToken({ sub: 'u-1', role: 'admin' }, privateKey, { ...SIGN, ttlSeconds: 900 });
    expect((await verifyToken(token, V, at(14))).id).toBe('u-1');
    expect(await refusal(() => verifyToken(token, V, at(15)))).toBe('AUTH.EXPIRED_TOKEN: the token expired at 2026-03-01T08:15:00.000Z');
    expect(await refusal(() => verifyToken(token, V, at(60)))).toMatch(/^AUTH.EXPIRED_TOKEN/);
  });

  it('takes a token verified once as verified only under the same key, issuer and audience, and only while its times allow', async () => {
    const token = signed({ ...good, iat: IAT + 20, exp: IAT + 300, nbf: IAT + 10 });
    expect((await verifyToken(token, V, at(1))).id).toBe('u-1');
    expect((await verifyToken(token, V, at(1))).id).toBe('u-1');
    // Another service's key, or another audience: verified again, and refused.
    const other: TokenVerification = { ...V, publicKey: generateKeyPairSync('ed25519').publicKey };
    expect(await refusal(() => verifyToken(token, other, at(1)))).toMatch(/^AUTH.INVALID_TOKEN: the token is not valid: signature verification failed/);
    expect(await refusal(() => verifyToken(token, { ...V, audience: 'elsewhere' }, at(1)))).toMatch(/"aud"/);
    // Earlier than its nbf, or so early that its iat lies beyond the skew: refused although verified before.
    expect(await refusal(() => verifyToken(token, V, new Date((IAT + 5) * 1000)))).toMatch(/^AUTH.INVALID_TOKEN/);
    expect(await refusal(() => verifyToken(token, V, new Date((IAT - 20) * 1000)))).toMatch(/^AUTH.INVALID_TOKEN/);
    expect(await refusal(() => verifyToken(token, V, at(5)))).toMatch(/^AUTH.EXPIRED_TOKEN/);
    // A token that differs in one character is another token.
    const tampered = `${token.slice(0, -2)}${token.at(-2) === 'A' ? 'B' : 'A'}${token.at(-1)}`;
    expect(await refusal(() => verifyToken(tampered, V, at(1)))).toMatch(/^AUTH.INVALID_TOKEN/);
  });

  it('refuses a token signed with another key as AUTH.INVALID_TOKEN', async () => {
    const token = signAccessToken({ sub: 'u-1', role: 'admin' }, DEV_TOKEN_PRIVATE_KEY, SIGN);
    expect(await refusal(() => verifyToken(token, V, NOW))).toMatch(/^AUTH.INVALID_TOKEN: the token is not valid: signature verification failed/);
  });

  it.each(['', 'not-a-token', 'a.b.c', 'eyJhbGciOiJIUzI1NiJ9.e30'])('refuses the malformed token "%s" as AUTH.INVALID_TOKEN', async (token) => {
    expect(await refusal(() => verifyToken(token, V, NOW))).toMatch(/^AUTH.INVALID_TOKEN/);
  });

  it.each([
    ['the old development secret', 'casetrack-local-development-secret'],
    ['a long random secret', 'x'.repeat(64)],
    ['the public key itself (the algorithm-confusion attack)', DEV_TOKEN_PUBLIC_KEY],
  ])('refuses an HS256 token keyed with %s, whatever it claims', async (_, secret) => {
    const dev: TokenVerification = { ...V, publicKey: createPublicKey(DEV_TOKEN_PUBLIC_KEY) };
    const token = rawToken({ alg: 'HS256', typ: 'JWT' }, good, secret);
    expect(await refusal(() => verifyToken(token, dev, NOW))).toBe('AUTH.INVALID_TOKEN: the token is not valid: "alg" (Algorithm) Header Parameter value not allowed');
  });

  it('refuses an unsigned token (alg none)', async () => {
    expect(await refusal(() => verifyToken(rawToken({ alg: 'none', typ: 'JWT' }, good), V, NOW))).toMatch(/^AUTH.INVALID_TOKEN/);
  });

  it.each([
    ['another issuer', { iss: 'someone-else' }, /"iss"/],
    ['no issuer', { iss: undefined }, /"iss"/],
    ['another audience', { aud: 'another-system' }, /"aud"/],
    ['no audience', { aud: undefined }, /"aud"/],
    ['no expiry, so it could never be withdrawn', { exp: undefined }, /"exp"/],
    ['no issue time, so its lifetime is unknown', { iat: undefined }, /"iat"/],
    ['a lifetime over 15 minutes', { exp: IAT + 16 * 60 }, /lives 960 s; tokens live at most 900 s/],
    ['an issue time in the future', { iat: IAT + 120, exp: IAT + 600 }, /issued in the future/],
  ])('refuses a correctly signed token with %s as AUTH.INVALID_TOKEN', async (_, change, reason) => {
    const message = await refusal(() => verifyToken(signed({ ...good, ...change }), V, NOW));
    expect(message).toMatch(/^AUTH.INVALID_TOKEN: the token is not valid: /);
    expect(message).toMatch(reason);
  });

  it('accepts exactly 15 minutes of lifetime and a small clock difference', async () => {
    await expect(verifyToken(signed({ ...good, exp: IAT + 900 }), V, NOW)).resolves.toMatchObject({ id: 'u-1' });
    await expect(verifyToken(signed({ ...good, iat: IAT + 20, exp: IAT + 900 }), V, NOW)).resolves.toMatchObject({ id: 'u-1' });
  });

  it.each([
    ['an unknown role', { sub: 'u-1', role: 'superuser' }],
    ['no subject', { role: 'admin' }],
    ['a subject with spaces (a name, not an id)', { sub: 'Zhang San', role: 'admin' }],
    ['a subject longer than an event can record', { sub: 'x'.repeat(101), role: 'admin' }],
    ['a clerk with no unit', { sub: 'u-1', role: 'mediation-clerk' }],
    ['a unit on a role that is bound to none', { sub: 'u-1', role: 'admin', unit: 'SPB-POL-01' }],
  ])('refuses a correctly signed token with %s as AUTH.INVALID_TOKEN', async (_, claims) => {
    const { sub: _s, role: _r, ...rest } = good;
    expect(await refusal(() => verifyToken(signed({ ...rest, ...claims }), V, NOW))).toMatch(/^AUTH.INVALID_TOKEN/);
  });
});

describe('signAccessToken', () => {
  const decode = (token: string) => token.split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));

  it('refuses to issue a token a service would refuse', () => {
    expect(() => signAccessToken({ sub: 'u-1', role: 'mediation-clerk' }, privateKey, SIGN)).toThrow('must name its unit');
    expect(() => signAccessToken({ sub: 'u-1', role: 'nobody' as never }, privateKey, SIGN)).toThrow('role must be one of');
    expect(() => signAccessToken({ sub: 'u-1', role: 'admin' }, privateKey, { ...SIGN, ttlSeconds: 901 })).toThrow('lifetime must be 1 to 900 seconds');
    expect(() => signAccessToken({ sub: 'u-1', role: 'admin' }, privateKey, { ...SIGN, ttlSeconds: 0 })).toThrow('lifetime must be 1 to 900 seconds');
  });

  it('signs EdDSA with iss, aud and a 15-minute lifetime by default', () => {
    const [header, payload] = decode(signAccessToken({ sub: 'u-1', role: 'report-reader' }, privateKey, SIGN));
    expect(header).toEqual({ alg: 'EdDSA', typ: 'JWT' });
    expect(payload).toEqual({ sub: 'u-1', role: 'report-reader', iss: 'casetrack-web', aud: 'casetrack', iat: IAT, exp: IAT + 900 });
  });

  it('takes the private key as PEM text too, and refuses a public or a non-Ed25519 key', async () => {
    const token = signAccessToken({ sub: 'u-1', role: 'admin' }, DEV_TOKEN_PRIVATE_KEY, SIGN);
    await expect(verifyToken(token, { ...V, publicKey: createPublicKey(DEV_TOKEN_PUBLIC_KEY) }, NOW)).resolves.toMatchObject({ id: 'u-1' });
    expect(() => signAccessToken({ sub: 'u-1', role: 'admin' }, publicKey, SIGN)).toThrow('Ed25519 private key');
    expect(() => signAccessToken({ sub: 'u-1', role: 'admin' }, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey, SIGN)).toThrow('Ed25519 private key');
    expect(() => signAccessToken({ sub: 'u-1', role: 'admin' }, DEV_TOKEN_PUBLIC_KEY, SIGN)).toThrow('the private key must be an Ed25519 private key');
  });
});

describe('ttlSeconds and claimsProblem', () => {
  it('reads lifetimes in seconds, minutes, hours and days', () => {
    expect([ttlSeconds('45s'), ttlSeconds('15m'), ttlSeconds('8h'), ttlSeconds('7d'), ttlSeconds(90)]).toEqual([45, 900, 28800, 604800, 90]);
  });

  it.each(['0h', '8', 'h', '8 h', '1w', '-1h', 0, 1.5])('refuses the lifetime %p', (ttl) => {
    expect(() => ttlSeconds(ttl)).toThrow('ttl must be a positive lifetime');
  });

  it('accepts a committee code as a clerk unit and nothing else', () => {
    expect(claimsProblem({ sub: 'u', role: 'mediation-clerk', unit: 'SPB-POL-01' })).toBeNull();
    expect(claimsProblem({ sub: 'u', role: 'mediation-clerk', unit: 'no spaces allowed' })).toMatch(/must name its unit/);
  });
});
