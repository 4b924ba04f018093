import { DEFAULT_TIME_ZONE } from '@casetrack/contracts';
import { DEFAULT_RELAY_MAX_BATCH_BYTES } from '@casetrack/messaging';
import { DEFAULT_BUSINESS_TIME_MAX_SKEW_SECONDS } from '../time/business-time';
import { EnvReader } from './env';

export interface ServiceConfig {
  serviceName: string;
  host: string;
  port: number;
  databaseUrl: string;
  databasePoolSize: number;
  kafkaBrokers: string[];
  districtCode: string;
  timeZone: string;
  relayEnabled: boolean;
  /** Most bytes per produce request of the outbox relay (RELAY_MAX_BATCH_BYTES), below the broker's 1 MiB. */
  relayMaxBatchBytes: number;
  /** HS256 secret bearer tokens are signed with (AUTH_JWT_SECRET). */
  authJwtSecret: string;
  /** How far ahead of the service clock a business time may be (BUSINESS_TIME_MAX_SKEW_SECONDS). */
  businessTimeMaxSkewSeconds: number;
}

export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/casetrack';
export const DEFAULT_KAFKA_BROKERS = '127.0.0.1:9092';
export const DEFAULT_DISTRICT_CODE = '500106';
/** For local use only: services warn at start when they run with it. */
export const DEFAULT_AUTH_JWT_SECRET = 'casetrack-local-development-secret';
const MIN_AUTH_SECRET_LENGTH = 16;
/** In production the key must be real: set, not the published default, and 32 characters (256 bits of HS256 key) or more. */
const MIN_PRODUCTION_AUTH_SECRET_LENGTH = 32;

/** AUTH_JWT_SECRET: with NODE_ENV=production it must be real key material; elsewhere the local default will do. */
function readSecret(r: EnvReader, env: NodeJS.ProcessEnv): string {
  if (env.NODE_ENV === 'production')
    return r.requiredSecret('AUTH_JWT_SECRET', DEFAULT_AUTH_JWT_SECRET, MIN_PRODUCTION_AUTH_SECRET_LENGTH);
  return r.secret('AUTH_JWT_SECRET', DEFAULT_AUTH_JWT_SECRET, MIN_AUTH_SECRET_LENGTH);
}

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
    kafkaBrokers: r
      .matching('KAFKA_BROKERS', DEFAULT_KAFKA_BROKERS, (v) => v.split(',').every((b) => /^[^\s:]+:\d+$/.test(b.trim())), 'a comma-separated list of host:port')
      .split(',')
      .map((b) => b.trim()),
    districtCode: r.matching('DISTRICT_CODE', DEFAULT_DISTRICT_CODE, (v) => /^\d{6}$/.test(v), 'a 6-digit administrative division code'),
    timeZone: r.matching('TIME_ZONE', DEFAULT_TIME_ZONE, isTimeZone, 'an IANA time zone such as Asia/Shanghai'),
    relayEnabled: r.bool('RELAY_ENABLED', true),
    relayMaxBatchBytes: r.int('RELAY_MAX_BATCH_BYTES', DEFAULT_RELAY_MAX_BATCH_BYTES, { min: 16 * 1024, max: 64 * 1024 * 1024 }),
    authJwtSecret: readSecret(r, env),
    businessTimeMaxSkewSeconds: r.int('BUSINESS_TIME_MAX_SKEW_SECONDS', DEFAULT_BUSINESS_TIME_MAX_SKEW_SECONDS, { min: 0, max: 86_400 }),
  };
  r.done();
  return config;
}

/** The token secret the services use (AUTH_JWT_SECRET or, outside production, the local default), for scripts that issue tokens; throws when unusable. */
export function readAuthSecret(env: NodeJS.ProcessEnv = process.env): string {
  const r = new EnvReader(env);
  const secret = readSecret(r, env);
  r.done();
  return secret;
}
