import { DEFAULT_AUTH_JWT_SECRET, loadServiceConfig, readAuthSecret } from './service-config';

const production = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ NODE_ENV: 'production', ...extra });
const realSecret = 'a'.repeat(16) + 'b'.repeat(16);

describe('configuration with NODE_ENV=production', () => {
  it('refuses to start without AUTH_JWT_SECRET, naming it', () => {
    expect(() => loadServiceConfig('mediation', 3001, production())).toThrow('invalid configuration: AUTH_JWT_SECRET must be set (at least 32 characters)');
    expect(() => loadServiceConfig('reporting', 3005, production({ AUTH_JWT_SECRET: '' }))).toThrow(/AUTH_JWT_SECRET must be set/);
    expect(() => readAuthSecret(production())).toThrow(/AUTH_JWT_SECRET must be set/);
  });

  it('refuses the published development secret', () => {
    expect(() => loadServiceConfig('legal-aid', 3002, production({ AUTH_JWT_SECRET: DEFAULT_AUTH_JWT_SECRET }))).toThrow(
      'AUTH_JWT_SECRET must not be the local development default',
    );
  });

  it('refuses a secret shorter than 32 characters, without echoing it', () => {
    const env = production({ AUTH_JWT_SECRET: 'twenty-chars-secret!' });
    expect(() => loadServiceConfig('file-review', 3004, env)).toThrow('AUTH_JWT_SECRET must be at least 32 characters long');
    expect(() => loadServiceConfig('file-review', 3004, env)).not.toThrow(/twenty-chars-secret/);
  });

  it('starts with a real secret', () => {
    expect(loadServiceConfig('administrative-review', 3003, production({ AUTH_JWT_SECRET: realSecret })).authJwtSecret).toBe(realSecret);
    expect(readAuthSecret(production({ AUTH_JWT_SECRET: realSecret }))).toBe(realSecret);
  });
});
