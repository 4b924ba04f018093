import { EnvReader } from '../config/env';

export interface MetricsConfig {
  /**
   * The bearer token GET /metrics requires (METRICS_TOKEN), or null: open, which only a service
   * outside production may be. Set, it is required in any environment.
   */
  token: string | null;
}

const MIN_METRICS_TOKEN_LENGTH = 32;

/**
 * The metrics settings of the environment. With NODE_ENV=production METRICS_TOKEN must be set (at
 * least 32 characters): metrics name routes, tables and volumes, which are nobody's business
 * outside the bureau. Throws naming the setting; the token's value is never printed.
 */
export function loadMetricsConfig(env: NodeJS.ProcessEnv = process.env): MetricsConfig {
  const r = new EnvReader(env);
  const given = (env.METRICS_TOKEN ?? '') !== '';
  const token = given ? r.secret('METRICS_TOKEN', '', MIN_METRICS_TOKEN_LENGTH) : null;
  const problems = !given && env.NODE_ENV === 'production' ? [`METRICS_TOKEN must be set when NODE_ENV=production (at least ${MIN_METRICS_TOKEN_LENGTH} characters; Prometheus sends it as a bearer token)`] : [];
  try {
    r.done();
  } catch (err) {
    problems.unshift((err as Error).message.replace(/^invalid configuration: /, ''));
  }
  if (problems.length > 0) throw new Error(`invalid configuration: ${problems.join('; ')}`);
  return { token };
}
