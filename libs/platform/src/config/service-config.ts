import { DEFAULT_TIME_ZONE } from '@casetrack/contracts';
import { DEFAULT_RELAY_MAX_BATCH_BYTES } from '@casetrack/messaging';
import { DEFAULT_BUSINESS_TIME_MAX_SKEW_SECONDS } from '../time/business-time';
import { AuthConfig, readAuthConfig } from './auth-config';
import { EnvReader } from './env';

export interface ServiceConfig {
  serviceName: string;
  host: string;
  port: number;
  databaseUrl: string;
  databasePoolSize: number;
  /** DATABASE_IDLE_TRANSACTION_TIMEOUT_SECONDS: PostgreSQL ends a transaction left idle this long (a stalled process) and frees its locks. */
  databaseIdleTransactionTimeoutSeconds: number;
  kafkaBrokers: string[];
  districtCode: string;
  timeZone: string;
  relayEnabled: boolean;
  /** Most bytes per produce request of the outbox relay (RELAY_MAX_BATCH_BYTES), below the broker's 1 MiB. */
  relayMaxBatchBytes: number;
  /** How bearer tokens are checked: the issuer's Ed25519 public key, `iss` and `aud` (AUTH_JWT_*). */
  auth: AuthConfig;
  /** How far ahead of the service clock a business time may be (BUSINESS_TIME_MAX_SKEW_SECONDS). */
  businessTimeMaxSkewSeconds: number;
}

export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/casetrack';
export const DEFAULT_KAFKA_BROKERS = '127.0.0.1:9092';
export const DEFAULT_DISTRICT_CODE = '500106';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const envPrefix = (serviceName: string) => serviceName.toUpperCase().replace(/-/g, '_');

/**
 * The settings every service shares, from the environment with working local defaults.
 * The port is `<SERVICE>_PORT` (e.g. MEDIATION_PORT), then PORT, then the service's default.
 * Throws naming each malformed variable.
 */
export function loadServiceConfig(serviceName: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const r = new EnvReader(env);
  const portVar = `${envPrefix(serviceName)}_PORT`;
  const port = r.int(portVar, r.int('PORT', defaultPort, { min: 0, max: 65535 }), { min: 0, max: 65535 });
  const config: ServiceConfig = {
    serviceName,
    host: r.string('HOST', '0.0.0.0'),
    port,
    databaseUrl: r.matching('DATABASE_URL', DEFAULT_DATABASE_URL, (v) => /^postgres(ql)?:\/\//.test(v), 'a postgres:// URL'),
    databasePoolSize: r.int('DATABASE_POOL_SIZE', 10, { min: 1, max: 200 }),
    databaseIdleTransactionTimeoutSeconds: r.int('DATABASE_IDLE_TRANSACTION_TIMEOUT_SECONDS', 30, { min: 1, max: 3600 }),
    kafkaBrokers: r
      .matching('KAFKA_BROKERS', DEFAULT_KAFKA_BROKERS, (v) => v.split(',').every((b) => /^[^\s:]+:\d+$/.test(b.trim())), 'a comma-separated list of host:port')
      .split(',')
      .map((b) => b.trim()),
    districtCode: r.matching('DISTRICT_CODE', DEFAULT_DISTRICT_CODE, (v) => /^\d{6}$/.test(v), 'a 6-digit administrative division code'),
    timeZone: r.matching('TIME_ZONE', DEFAULT_TIME_ZONE, isTimeZone, 'an IANA time zone such as Asia/Shanghai'),
    relayEnabled: r.bool('RELAY_ENABLED', true),
    relayMaxBatchBytes: r.int('RELAY_MAX_BATCH_BYTES', DEFAULT_RELAY_MAX_BATCH_BYTES, { min: 16 * 1024, max: 64 * 1024 * 1024 }),
    auth: readAuthConfig(r, env),
    businessTimeMaxSkewSeconds: r.int('BUSINESS_TIME_MAX_SKEW_SECONDS', DEFAULT_BUSINESS_TIME_MAX_SKEW_SECONDS, { min: 0, max: 86_400 }),
  };
  r.done();
  return config;
}
