import { EnvReader } from '@casetrack/platform';
import { createPrivateKey, KeyObject } from 'node:crypto';

/** The five services the web app forwards `/api/svc/{service}/…` to. */
export const FORWARDED_SERVICES = ['mediation', 'legal-aid', 'administrative-review', 'file-review', 'reporting'] as const;
export type ForwardedService = (typeof FORWARDED_SERVICES)[number];

export interface WebConfig {
  /** A session unused this long ends (WEB_SESSION_IDLE_MINUTES). */
  sessionIdleMinutes: number;
  /** A session ends this long after sign-in however busy it is (WEB_SESSION_MAX_HOURS). */
  sessionMaxHours: number;
  /** Mark the cookie Secure even when the request reached the app over plain HTTP (a TLS-terminating proxy in front): WEB_COOKIE_SECURE. */
  cookieSecure: boolean;
  serviceUrls: Record<ForwardedService, string>;
  /** The Ed25519 key the web app signs access tokens with (AUTH_JWT_PRIVATE_KEY, PKCS#8 PEM). */
  signingKey: KeyObject;
  developmentKey: boolean;
}

export const WEB_CONFIG = Symbol('WEB_CONFIG');

/**
 * For local use only: published here, so anyone can sign tokens with it. The app warns when it runs
 * with it and refuses it with NODE_ENV=production.
 */
export const DEVELOPMENT_SIGNING_KEY = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEINtetC6pR+qY8cBWB0nnxXb/q7DliVpMoh/uHYwSjfkX
-----END PRIVATE KEY-----`;

const DEFAULT_PORTS: Record<ForwardedService, number> = { mediation: 3001, 'legal-aid': 3002, 'administrative-review': 3003, 'file-review': 3004, reporting: 3005 };
const envName = (s: ForwardedService) => `WEB_${s.toUpperCase().replace(/-/g, '_')}_URL`;

function signingKey(r: EnvReader, env: NodeJS.ProcessEnv, problems: string[]): { key: KeyObject; development: boolean } {
  const pem = r.string('AUTH_JWT_PRIVATE_KEY', '').replace(/\\n/g, '\n');
  if (pem === '' && env.NODE_ENV === 'production') problems.push('AUTH_JWT_PRIVATE_KEY must be set (an Ed25519 private key, PKCS#8 PEM)');
  if (pem === DEVELOPMENT_SIGNING_KEY && env.NODE_ENV === 'production') problems.push('AUTH_JWT_PRIVATE_KEY must not be the local development key');
  const development = pem === '' || pem === DEVELOPMENT_SIGNING_KEY;
  try {
    const key = createPrivateKey(pem === '' ? DEVELOPMENT_SIGNING_KEY : pem);
    if (key.asymmetricKeyType !== 'ed25519') problems.push(`AUTH_JWT_PRIVATE_KEY must be an Ed25519 key, got ${key.asymmetricKeyType}`);
    return { key, development };
  } catch {
    problems.push('AUTH_JWT_PRIVATE_KEY must be a PKCS#8 PEM private key');
    return { key: createPrivateKey(DEVELOPMENT_SIGNING_KEY), development: true };
  }
}

/** The web app's own settings, from the environment with working local defaults; throws naming each bad one. */
export function loadWebConfig(env: NodeJS.ProcessEnv = process.env): WebConfig {
  const r = new EnvReader(env);
  const isUrl = (v: string) => /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(v);
  const serviceUrls = Object.fromEntries(
    FORWARDED_SERVICES.map((s) => [s, r.matching(envName(s), `http://127.0.0.1:${DEFAULT_PORTS[s]}`, isUrl, 'an http:// or https:// URL').replace(/\/+$/, '')]),
  ) as Record<ForwardedService, string>;
  const problems: string[] = [];
  const key = signingKey(r, env, problems);
  const config: WebConfig = {
    sessionIdleMinutes: r.int('WEB_SESSION_IDLE_MINUTES', 30, { min: 1, max: 24 * 60 }),
    sessionMaxHours: r.int('WEB_SESSION_MAX_HOURS', 12, { min: 1, max: 7 * 24 }),
    cookieSecure: r.bool('WEB_COOKIE_SECURE', false),
    serviceUrls,
    signingKey: key.key,
    developmentKey: key.development,
  };
  try {
    r.done();
  } catch (err) {
    problems.unshift((err as Error).message.replace(/^invalid configuration: /, ''));
  }
  if (problems.length > 0) throw new Error(`invalid configuration: ${problems.join('; ')}`);
  return config;
}
