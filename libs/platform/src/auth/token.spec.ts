import jwt from 'jsonwebtoken';
import { AuthenticationError } from './auth-errors';
import { claimsProblem, issueToken, ttlSeconds, verifyToken } from './token';

const SECRET = 'a-test-secret-of-some-length';
const NOW = new Date('2026-03-01T08:00:00Z');

/** The code of the AuthenticationError `verify` throws. */
function refusal(verify: () => unknown): string {
  try {
    verify();
  } catch (err) {
    expect(err).toBeInstanceOf(AuthenticationError);
    return (err as AuthenticationError).code;
  }
  throw new Error('the token was accepted');
}

describe('verifyToken', () => {
  it('accepts a token it issued and names the user, role and unit', () => {
    const token = issueToken({ sub: 'u-17', role: 'mediation-clerk', unit: 'SPB-POL-01' }, SECRET, { now: NOW });
    expect(verifyToken(token, SECRET, NOW)).toEqual({ id: 'u-17', role: 'mediation-clerk', unit: 'SPB-POL-01' });
  });

  it('gives an unbound role no unit', () => {
    expect(verifyToken(issueToken({ sub: 'u-1', role: 'legal-aid-officer' }, SECRET, { now: NOW }), SECRET, NOW)).toEqual({ id: 'u-1', role: 'legal-aid-officer' });
  });

  it('accepts a token until its expiry and refuses it from then on as AUTH.EXPIRED_TOKEN, saying when it expired', () => {
    const token = issueToken({ sub: 'u-1', role: 'admin' }, SECRET, { now: NOW, ttl: '30m' });
    expect(verifyToken(token, SECRET, new Date(NOW.getTime() + 29 * 60_000)).id).toBe('u-1');
    expect(refusal(() => verifyToken(token, SECRET, new Date(NOW.getTime() + 30 * 60_000)))).toBe('AUTH.EXPIRED_TOKEN');
    expect(() => verifyToken(token, SECRET, new Date(NOW.getTime() + 31 * 60_000))).toThrow('the token expired at 2026-03-01T08:30:00.000Z');
  });

  it('refuses a token signed with another secret as AUTH.INVALID_TOKEN', () => {
    const token = issueToken({ sub: 'u-1', role: 'admin' }, 'another-secret-entirely', { now: NOW });
    expect(refusal(() => verifyToken(token, SECRET, NOW))).toBe('AUTH.INVALID_TOKEN');
  });

  it.each(['', 'not-a-token', 'a.b.c', 'eyJhbGciOiJIUzI1NiJ9.e30'])('refuses the malformed token "%s" as AUTH.INVALID_TOKEN', (token) => {
    expect(refusal(() => verifyToken(token, SECRET, NOW))).toBe('AUTH.INVALID_TOKEN');
  });

  it('refuses an unsigned token (alg none) and one signed with another algorithm', () => {
    const claims = { sub: 'u-1', role: 'admin', exp: Math.floor(NOW.getTime() / 1000) + 600 };
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    expect(refusal(() => verifyToken(unsigned, SECRET, NOW))).toBe('AUTH.INVALID_TOKEN');
    expect(refusal(() => verifyToken(jwt.sign(claims, SECRET, { algorithm: 'HS512' }), SECRET, NOW))).toBe('AUTH.INVALID_TOKEN');
  });

  it('refuses a token with no expiry, since it could never be withdrawn', () => {
    const token = jwt.sign({ sub: 'u-1', role: 'admin' }, SECRET, { algorithm: 'HS256' });
    expect(refusal(() => verifyToken(token, SECRET, NOW))).toBe('AUTH.INVALID_TOKEN');
  });

  it.each([
    ['an unknown role', { sub: 'u-1', role: 'superuser' }],
    ['no subject', { role: 'admin' }],
    ['a subject with spaces (a name, not an id)', { sub: 'Zhang San', role: 'admin' }],
    ['a subject longer than an event can record', { sub: 'x'.repeat(101), role: 'admin' }],
    ['a clerk with no unit', { sub: 'u-1', role: 'mediation-clerk' }],
    ['a unit on a role that is bound to none', { sub: 'u-1', role: 'admin', unit: 'SPB-POL-01' }],
  ])('refuses a correctly signed token with %s as AUTH.INVALID_TOKEN', (_, claims) => {
    const token = jwt.sign({ ...claims, exp: Math.floor(NOW.getTime() / 1000) + 600 }, SECRET, { algorithm: 'HS256' });
    expect(refusal(() => verifyToken(token, SECRET, NOW))).toBe('AUTH.INVALID_TOKEN');
  });
});

describe('issueToken', () => {
  it('refuses to issue a token a service would refuse', () => {
    expect(() => issueToken({ sub: 'u-1', role: 'mediation-clerk' }, SECRET)).toThrow('must name its unit');
    expect(() => issueToken({ sub: 'u-1', role: 'nobody' as never }, SECRET)).toThrow('role must be one of');
  });

  it('signs HS256 with an expiry ttl after its issue time (8 hours by default)', () => {
    const decoded = jwt.decode(issueToken({ sub: 'u-1', role: 'report-reader' }, SECRET, { now: NOW }), { complete: true })!;
    const payload = decoded.payload as jwt.JwtPayload;
    expect(decoded.header.alg).toBe('HS256');
    expect(payload.exp! - payload.iat!).toBe(8 * 3600);
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
