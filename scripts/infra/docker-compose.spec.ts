import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// js-yaml is in node_modules as a dependency of the test tooling; no types are installed for it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = require('js-yaml') as { load(text: string): unknown };

interface ComposeService {
  build?: { args?: { APP?: string } };
  environment?: Record<string, string>;
  ports?: string[];
}

const compose = yaml.load(readFileSync(join(__dirname, '../../docker-compose.yml'), 'utf8')) as { services: Record<string, ComposeService> };
/** A mapping with its YAML merge key (`<<: *app-env`) resolved, as Compose resolves it. */
function merged(map: Record<string, unknown> | undefined): Record<string, string> {
  const { '<<': base, ...own } = map ?? {};
  return { ...(base as Record<string, string> | undefined), ...(own as Record<string, string>) };
}

const CASE_AND_REPORTING = ['mediation', 'legal-aid', 'administrative-review', 'file-review', 'reporting'];

describe('docker-compose.yml', () => {
  it('requires AUTH_JWT_PUBLIC_KEY for every service, with a message, and gives none of them a secret or a private key', () => {
    for (const name of CASE_AND_REPORTING) {
      const env = merged(compose.services[name].environment);
      expect([name, env.AUTH_JWT_PUBLIC_KEY]).toEqual([name, expect.stringMatching(/^\$\{AUTH_JWT_PUBLIC_KEY:\?[^}]*AUTH_JWT_PUBLIC_KEY[^}]*\}$/)]);
      expect([name, 'AUTH_JWT_SECRET' in env, 'AUTH_JWT_PRIVATE_KEY' in env]).toEqual([name, false, false]);
    }
  });

  it('requires IDEMPOTENCY_SECRET everywhere and PERSONAL_DATA_KEY where personal data is kept, as the services do in production', () => {
    for (const name of [...CASE_AND_REPORTING, 'web']) expect([name, merged(compose.services[name].environment).IDEMPOTENCY_SECRET]).toEqual([name, expect.stringMatching(/^\$\{IDEMPOTENCY_SECRET:\?[^}]+\}$/)]);
    for (const name of ['legal-aid', 'administrative-review']) expect([name, merged(compose.services[name].environment).PERSONAL_DATA_KEY]).toEqual([name, expect.stringMatching(/^\$\{PERSONAL_DATA_KEY:\?[^}]+\}$/)]);
  });

  it('requires METRICS_TOKEN for every service and the web app, which refuse to start without it in production', () => {
    for (const name of [...CASE_AND_REPORTING, 'web']) expect([name, merged(compose.services[name].environment).METRICS_TOKEN]).toEqual([name, expect.stringMatching(/^\$\{METRICS_TOKEN:\?[^}]+\}$/)]);
  });

  it('gives the private key to the web app alone, which issues the tokens, and points it at the five services', () => {
    const env = merged(compose.services.web.environment);
    expect(env.AUTH_JWT_PRIVATE_KEY).toMatch(/^\$\{AUTH_JWT_PRIVATE_KEY:\?[^}]*\}$/);
    expect(env.AUTH_JWT_PUBLIC_KEY).toMatch(/^\$\{AUTH_JWT_PUBLIC_KEY:\?[^}]*\}$/);
    for (const name of CASE_AND_REPORTING) expect(env[`WEB_${name.toUpperCase().replace(/-/g, '_')}_URL`]).toMatch(new RegExp(`^http://${name}:\\d+$`));
    expect(compose.services.web.ports).toEqual(['${CASETRACK_BIND_ADDRESS:-127.0.0.1}:3000:3000']);
  });

  it('publishes the services on 127.0.0.1 unless CASETRACK_BIND_ADDRESS says otherwise, and PostgreSQL and Kafka on 127.0.0.1 only', () => {
    for (const name of CASE_AND_REPORTING) {
      const ports = compose.services[name].ports ?? [];
      expect(ports.length).toBeGreaterThan(0);
      for (const port of ports) expect([name, port]).toEqual([name, expect.stringMatching(/^\$\{CASETRACK_BIND_ADDRESS:-127\.0\.0\.1\}:\d+:\d+$/)]);
    }
    for (const name of ['postgres', 'kafka'])
      for (const port of compose.services[name].ports ?? []) expect([name, port]).toEqual([name, expect.stringMatching(/^127\.0\.0\.1:/)]);
  });

});
