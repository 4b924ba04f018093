import { EnvReader } from '@casetrack/platform';

export interface ReportingConfig {
  /** Kafka consumer group of the projections; a new group replays the topics from offset 0. */
  groupId: string;
  /** Session timeout of the consumer group (ms). */
  sessionTimeoutMs: number;
}

export const REPORTING_CONFIG = Symbol('REPORTING_CONFIG');

/** Reporting settings from the environment (REPORTING_GROUP_ID, REPORTING_SESSION_TIMEOUT_MS). */
export function loadReportingConfig(env: NodeJS.ProcessEnv = process.env): ReportingConfig {
  const r = new EnvReader(env);
  const config = {
    groupId: r.matching('REPORTING_GROUP_ID', 'casetrack-reporting', (v) => /^[A-Za-z0-9._-]{1,200}$/.test(v), 'letters, digits, dot, underscore or hyphen'),
    sessionTimeoutMs: r.int('REPORTING_SESSION_TIMEOUT_MS', 30_000, { min: 6_000, max: 300_000 }),
  };
  r.done();
  return config;
}
