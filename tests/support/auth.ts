import { issueToken, readAuthSecret, Role } from '@casetrack/platform';

/** The id tokens from tokenFor carry unless told otherwise, per role (e.g. `test-admin`). */
export const testUserId = (role: Role) => `test-${role}`;

/**
 * A bearer token for `role` (a mediation clerk also needs `unit`, their committee code), signed with
 * the secret the in-process services read (AUTH_JWT_SECRET or the local default), valid for an hour.
 */
export function tokenFor(role: Role, unit?: string, opts: { sub?: string; ttl?: string; now?: Date; secret?: string } = {}): string {
  return issueToken({ sub: opts.sub ?? testUserId(role), role, unit }, opts.secret ?? readAuthSecret(), { ttl: opts.ttl ?? '1h', now: opts.now });
}

/** `Authorization: Bearer …` for `role` (admin by default), to pass as headers of a request or an HttpClient. */
export function authHeaders(role: Role = 'admin', unit?: string, opts: { sub?: string } = {}): Record<string, string> {
  return { authorization: `Bearer ${tokenFor(role, unit, opts)}` };
}
