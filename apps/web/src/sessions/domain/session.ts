import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A signed-in browser. The cookie holds a random token; the table holds only its SHA-256 (`id`). */
export interface Session {
  id: string;
  accountId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  /** The absolute end, however busy the session is. */
  expiresAt: Date;
}

export interface SessionLimits {
  idleMinutes: number;
  maxHours: number;
}

/** The stored id of a session token: its SHA-256, so a read of the table signs nobody in. */
export function sessionId(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const randomToken = () => randomBytes(32).toString('base64url');

/** A new session for `accountId` and the token that goes in its cookie (never stored). */
export function openSession(accountId: string, now: Date, limits: SessionLimits): { token: string; session: Session } {
  const token = randomToken();
  return {
    token,
    session: { id: sessionId(token), accountId, csrfToken: randomToken(), createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + limits.maxHours * 3_600_000) },
  };
}

/** True when the session has ended at `now`: idle for `idleMinutes` or more, or past its absolute end. */
export function sessionEnded(s: Pick<Session, 'lastSeenAt' | 'expiresAt'>, now: Date, limits: SessionLimits): boolean {
  return now.getTime() >= s.expiresAt.getTime() || now.getTime() - s.lastSeenAt.getTime() >= limits.idleMinutes * 60_000;
}

/** True when `sent` (the X-CSRF-Token header) is the session's token; compared in constant time. */
export function csrfTokenMatches(sent: string | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
