import { csrfTokenMatches, openSession, sessionEnded, sessionId } from './session';
import { SIGN_IN_THROTTLE, throttleWaitSeconds } from './throttle';

const at = (iso: string) => new Date(iso);
const limits = { idleMinutes: 30, maxHours: 12 };

describe('a session', () => {
  const { token, session } = openSession('acc-1', at('2026-03-01T08:00:00Z'), limits);

  it('is stored under the SHA-256 of its token, never the token', () => {
    expect(session.id).toBe(sessionId(token));
    expect(session.id).not.toContain(token);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    expect(session.csrfToken).not.toBe(token);
  });

  it('ends after 30 idle minutes, not before', () => {
    expect(sessionEnded(session, at('2026-03-01T08:29:59Z'), limits)).toBe(false);
    expect(sessionEnded(session, at('2026-03-01T08:30:00Z'), limits)).toBe(true);
    expect(sessionEnded({ ...session, lastSeenAt: at('2026-03-01T08:20:00Z') }, at('2026-03-01T08:45:00Z'), limits)).toBe(false);
  });

  it('ends 12 hours after sign-in however busy it is', () => {
    expect(session.expiresAt).toEqual(at('2026-03-01T20:00:00Z'));
    expect(sessionEnded({ ...session, lastSeenAt: at('2026-03-01T19:59:00Z') }, at('2026-03-01T20:00:00Z'), limits)).toBe(true);
  });

  it('accepts only its own CSRF token', () => {
    expect(csrfTokenMatches(session.csrfToken, session.csrfToken)).toBe(true);
    expect(csrfTokenMatches(undefined, session.csrfToken)).toBe(false);
    expect(csrfTokenMatches('', session.csrfToken)).toBe(false);
    expect(csrfTokenMatches(session.csrfToken.slice(1), session.csrfToken)).toBe(false);
    expect(csrfTokenMatches(openSession('acc-1', new Date(), limits).session.csrfToken, session.csrfToken)).toBe(false);
  });
});

describe('the sign-in throttle', () => {
  const { perAccount, windowMs } = SIGN_IN_THROTTLE;
  const now = at('2026-03-01T08:15:00Z');
  const minutesAgo = (...m: number[]) => m.map((x) => new Date(now.getTime() - x * 60_000));

  it('lets a fifth attempt through after four failures, and holds the sixth after five', () => {
    expect(throttleWaitSeconds(minutesAgo(1, 2, 3, 4), perAccount, windowMs, now)).toBe(0);
    expect(throttleWaitSeconds(minutesAgo(1, 2, 3, 4, 5), perAccount, windowMs, now)).toBeGreaterThan(0);
  });

  it('waits until the fifth-newest failure leaves the 15-minute window', () => {
    // Newest first: 1, 2, 3, 4, 10 minutes ago; the 5th newest (10 min ago) leaves in 5 minutes.
    expect(throttleWaitSeconds(minutesAgo(10, 1, 4, 2, 3), perAccount, windowMs, now)).toBe(5 * 60);
    // With more failures than the limit, the older ones leave first: only the 5th newest counts.
    expect(throttleWaitSeconds(minutesAgo(1, 2, 3, 4, 5, 12, 14), perAccount, windowMs, now)).toBe(10 * 60);
  });

  it('forgets failures older than the window', () => {
    expect(throttleWaitSeconds(minutesAgo(15, 16, 20, 30, 60), perAccount, windowMs, now)).toBe(0);
    expect(throttleWaitSeconds(minutesAgo(1, 2, 3, 4, 15), perAccount, windowMs, now)).toBe(0);
  });

  it('allows 20 failures per address', () => {
    expect(SIGN_IN_THROTTLE.perAddress).toBe(20);
    const nineteen = Array.from({ length: 19 }, (_, i) => new Date(now.getTime() - i * 1000));
    expect(throttleWaitSeconds(nineteen, SIGN_IN_THROTTLE.perAddress, windowMs, now)).toBe(0);
    expect(throttleWaitSeconds([...nineteen, now], SIGN_IN_THROTTLE.perAddress, windowMs, now)).toBeGreaterThan(0);
  });
});
