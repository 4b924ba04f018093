import { claimsProblem, isRole, MAX_TOKEN_LIFETIME_SECONDS, Role, ROLES, ttlSeconds } from '@casetrack/platform';
import { parseCommandLine, stringOption, UsageError } from './cli/args';

export const USAGE = `usage: npm run token -- --role <${ROLES.join('|')}> [--unit <committee code>] [--sub <user id>] [--ttl 15m]
  --role  the role the token grants (required)
  --unit  committee code, for (and only for) a mediation-clerk
  --sub   user id (default local-<role>[-<unit>])
  --ttl   lifetime such as 30s, 5m or 15m (default and at most 15m)`;

export interface TokenArgs {
  role: Role;
  unit?: string;
  sub: string;
  ttl: string;
}

/**
 * The token's claims and lifetime from the command line, checked by the same rules the services'
 * tokens follow; throws a UsageError on an unknown option, role or a malformed value.
 */
export function parseTokenArgs(argv: readonly string[]): TokenArgs {
  const line = parseCommandLine(argv, { role: { type: 'string' }, unit: { type: 'string' }, sub: { type: 'string' }, ttl: { type: 'string' } });
  const role = stringOption(line, 'role');
  if (role === undefined) throw new UsageError('--role is required');
  if (!isRole(role)) throw new UsageError(`--role: unknown role ${JSON.stringify(role)}; known: ${ROLES.join(', ')}`);
  const unit = stringOption(line, 'unit');
  const sub = stringOption(line, 'sub', `local-${role}${unit ? `-${unit}` : ''}`);
  const problem = claimsProblem({ sub, role, unit });
  if (problem) throw new UsageError(problem);
  const ttl = stringOption(line, 'ttl', '15m');
  let seconds: number;
  try {
    seconds = ttlSeconds(ttl);
  } catch (err) {
    throw new UsageError(`--${(err as Error).message}`);
  }
  if (seconds > MAX_TOKEN_LIFETIME_SECONDS) throw new UsageError(`--ttl must be at most 15m: tokens are short-lived, mint a fresh one instead, got "${ttl}"`);
  return { role, unit, sub, ttl };
}
