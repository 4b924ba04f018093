import { issueToken, Role } from '@casetrack/platform';
import { BenchSettings } from '../settings';

/**
 * `Authorization` headers for the bench's requests, signed with the secret the bench gives its
 * services (AUTH_JWT_SECRET): disputes are logged by a mediation clerk of the committee, as in real
 * use, so the benchmark pays for the same checks a real request does.
 */
export function authHeader(s: BenchSettings, role: Role, unit?: string): Record<string, string> {
  const token = issueToken({ sub: `bench-${role}`, role, ...(unit ? { unit } : {}) }, s.authSecret, { ttl: '12h' });
  return { authorization: `Bearer ${token}` };
}
