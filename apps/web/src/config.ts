import { EnvReader, readTokenSigning, TokenSigning } from '@casetrack/platform';

/** The services the web app forwards `/api/svc/{service}/…` to. */
export const FORWARDED_SERVICES = [
  'mediation', 'legal-aid', 'administrative-review', 'file-review', 'legal-affairs', 'reporting',
  'public-legal-services', 'legal-education',
] as const;
export type ForwardedService = (typeof FORWARDED_SERVICES)[number];

export interface WebConfig {
  /** A session unused this long ends (WEB_SESSION_IDLE_MINUTES). */
  sessionIdleMinutes: number;
  /** A session ends this long after sign-in however busy it is (WEB_SESSION_MAX_HOURS). */
  sessionMaxHours: number;
  /** Mark the cookie Secure even when the request reached the app over plain HTTP (a TLS-terminating proxy in front): WEB_COOKIE_SECURE. */
  cookieSecure: boolean;
  serviceUrls: Record<ForwardedService, string>;
  /** What access tokens are signed with: AUTH_JWT_PRIVATE_KEY (Ed25519), AUTH_JWT_ISSUER, AUTH_JWT_AUDIENCE. */
  tokenSigning: TokenSigning;
}

export const WEB_CONFIG = Symbol('WEB_CONFIG');

const DEFAULT_PORTS: Record<ForwardedService, number> = {
  mediation: 3001, 'legal-aid': 3002, 'administrative-review': 3003, 'file-review': 3004, 'legal-affairs': 3006, reporting: 3005,
  'public-legal-services': 3007, 'legal-education': 3008,
};
const envName = (s: ForwardedService) => `WEB_${s.toUpperCase().replace(/-/g, '_')}_URL`;

/** The web app's own settings, from the environment with working local defaults; throws naming each bad one. */
export function loadWebConfig(env: NodeJS.ProcessEnv = process.env): WebConfig {
  const r = new EnvReader(env);
  const isUrl = (v: string) => /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(v);
  const serviceUrls = Object.fromEntries(
    FORWARDED_SERVICES.map((s) => [s, r.matching(envName(s), `http://127.0.0.1:${DEFAULT_PORTS[s]}`, isUrl, 'an http:// or https:// URL').replace(/\/+$/, '')]),
  ) as Record<ForwardedService, string>;
  const problems: string[] = [];
  let tokenSigning: TokenSigning | undefined;
  try {
    tokenSigning = readTokenSigning(env);
  } catch (err) {
    problems.push((err as Error).message.replace(/^invalid configuration: /, ''));
  }
  const config: WebConfig = {
    sessionIdleMinutes: r.int('WEB_SESSION_IDLE_MINUTES', 30, { min: 1, max: 24 * 60 }),
    sessionMaxHours: r.int('WEB_SESSION_MAX_HOURS', 12, { min: 1, max: 7 * 24 }),
    cookieSecure: r.bool('WEB_COOKIE_SECURE', false),
    serviceUrls,
    tokenSigning: tokenSigning!,
  };
  try {
    r.done();
  } catch (err) {
    problems.unshift((err as Error).message.replace(/^invalid configuration: /, ''));
  }
  if (problems.length > 0) throw new Error(`invalid configuration: ${problems.join('; ')}`);
  return config;
}
