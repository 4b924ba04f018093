import { EnvReader } from './env';

export interface IdempotencyConfig {
  /** Keys the stored request hashes (IDEMPOTENCY_SECRET), so a hash cannot be brute-forced back to a body. */
  secret: string;
  /** True when running on the built-in development secret (services warn at start). */
  developmentSecret: boolean;
  /** How long a key is remembered (IDEMPOTENCY_TTL_HOURS): after that the same key is a new request. */
  ttlHours: number;
  /** At most this many expired records are deleted per statement (IDEMPOTENCY_PRUNE_BATCH_SIZE). */
  pruneBatchSize: number;
  /** How often expired records are pruned (IDEMPOTENCY_PRUNE_INTERVAL_SECONDS). */
  pruneIntervalSeconds: number;
}

/** For local use only: NODE_ENV=production refuses it; anywhere else services warn at start. */
export const DEFAULT_IDEMPOTENCY_SECRET = 'casetrack-local-development-idempotency-secret';
const MIN_IDEMPOTENCY_SECRET_LENGTH = 32;

/**
 * Idempotency settings from the environment with local defaults (7 days, batches of 1000 every
 * 10 minutes). Throws naming each malformed variable, and IDEMPOTENCY_SECRET when it is missing
 * with NODE_ENV=production; a secret's value is never printed.
 */
export function loadIdempotencyConfig(env: NodeJS.ProcessEnv = process.env): IdempotencyConfig {
  const r = new EnvReader(env);
  const given = (env.IDEMPOTENCY_SECRET ?? '') !== '';
  const config: IdempotencyConfig = {
    secret: r.secret('IDEMPOTENCY_SECRET', DEFAULT_IDEMPOTENCY_SECRET, MIN_IDEMPOTENCY_SECRET_LENGTH),
    developmentSecret: !given,
    ttlHours: r.int('IDEMPOTENCY_TTL_HOURS', 7 * 24, { min: 1, max: 24 * 366 }),
    pruneBatchSize: r.int('IDEMPOTENCY_PRUNE_BATCH_SIZE', 1000, { min: 1, max: 100_000 }),
    pruneIntervalSeconds: r.int('IDEMPOTENCY_PRUNE_INTERVAL_SECONDS', 600, { min: 1, max: 86_400 }),
  };
  // The production rule is kept here, not in EnvReader, so this file stays the only one about idempotency.
  const problems = !given && env.NODE_ENV === 'production' ? ['IDEMPOTENCY_SECRET must be set when NODE_ENV=production'] : [];
  try {
    r.done();
  } catch (err) {
    problems.unshift((err as Error).message.replace(/^invalid configuration: /, ''));
  }
  if (problems.length > 0) throw new Error(`invalid configuration: ${problems.join('; ')}`);
  return config;
}
