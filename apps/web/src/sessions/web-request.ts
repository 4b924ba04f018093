import { Account } from '../accounts/domain/account';
import { Session } from './domain/session';

/** The parts of Fastify's request the web app reads. */
export interface WebRequest {
  method: string;
  url: string;
  ip: string;
  protocol?: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  /** Set by SessionGuard. */
  signedIn?: SignedIn;
}

/** The session a request came with and its account, as SessionGuard found them. */
export interface SignedIn {
  session: Session;
  account: Account;
}

const header = (r: WebRequest, name: string): string | undefined => {
  const v = r.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/** True when the request came over TLS, or WEB_COOKIE_SECURE says a TLS proxy is in front. */
export function servedOverTls(r: WebRequest, cookieSecure: boolean): boolean {
  return cookieSecure || r.protocol === 'https';
}

/**
 * True unless the request carries an Origin header naming another host than the one it was sent
 * to: browsers send Origin on every cross-site POST, so a foreign page's form or fetch is refused.
 */
export function sameOrigin(r: WebRequest): boolean {
  const origin = header(r, 'origin');
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === header(r, 'host');
  } catch {
    return false;
  }
}

export { header as requestHeader };
