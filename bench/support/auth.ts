import { DEFAULT_TOKEN_AUDIENCE, DEFAULT_TOKEN_ISSUER, renewingAuthHeaders, Role, signAccessToken } from '@casetrack/platform';
import { BenchSettings } from '../settings';

/**
 * `Authorization` headers for the bench's requests, signed with the run's own key (its services
 * hold the public half): disputes are logged by a mediation clerk of the committee, as in real use,
 * so the benchmark pays for the same checks a real request does. The token is renewed as the
 * headers are read, since a run outlasts a token's 15 minutes.
 */
export function authHeader(s: BenchSettings, role: Role, unit?: string): Record<string, string> {
  const claims = { sub: `bench-${role}`, role, ...(unit ? { unit } : {}) };
  return renewingAuthHeaders(() => signAccessToken(claims, s.tokenKeys.privateKey, { issuer: DEFAULT_TOKEN_ISSUER, audience: DEFAULT_TOKEN_AUDIENCE }));
}
