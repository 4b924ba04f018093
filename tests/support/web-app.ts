import { Clock } from '@casetrack/platform';
import { AppModule as WebModule } from '../../apps/web/src/app.module';
import { WebConfig } from '../../apps/web/src/config';
import { startApp } from './apps';
import { HttpResult } from './http-client';
import { TEST_DATABASE_URL, TEST_KAFKA_BROKERS } from './test-env';

/** A web app in this process on a free port, against the test database. */
export function startWeb(web: Partial<WebConfig> = {}, clock?: Clock) {
  return startApp(WebModule.register({ service: { databaseUrl: TEST_DATABASE_URL, kafkaBrokers: TEST_KAFKA_BROKERS }, web }, clock), 'web');
}

/** A browser, as far as the web app can tell: it keeps the session cookie it is given and sends it back. */
export class Browser {
  cookie?: string;
  csrfToken?: string;

  constructor(readonly baseUrl: string) {}

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult<T>> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0];
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, headers: res.headers, body: parsed as T };
  }

  /** Signs in; keeps the cookie and the CSRF token on success. */
  async signIn(username: string, password: string, headers: Record<string, string> = {}) {
    const res = await this.request('POST', '/api/session', { username, password }, headers);
    if (res.status === 200) this.csrfToken = res.body.csrfToken;
    return res;
  }
}
