import { DEFAULT_AUTH_JWT_SECRET, loadServiceConfig, readAuthSecret } from '../config/service-config';

describe('the token secret setting', () => {
  it('falls back to the local development secret when AUTH_JWT_SECRET is not set', () => {
    expect(loadServiceConfig('mediation', 3001, {}).authJwtSecret).toBe(DEFAULT_AUTH_JWT_SECRET);
    expect(readAuthSecret({})).toBe(DEFAULT_AUTH_JWT_SECRET);
  });

  it('takes AUTH_JWT_SECRET from the environment, for the services and the scripts alike', () => {
    const env = { AUTH_JWT_SECRET: 'sixteen-chars-ok' };
    expect([loadServiceConfig('legal-aid', 3002, env).authJwtSecret, readAuthSecret(env)]).toEqual(['sixteen-chars-ok', 'sixteen-chars-ok']);
  });

  it('stops on a secret shorter than 16 characters, naming the setting but never echoing the secret', () => {
    const env = { AUTH_JWT_SECRET: 'short-secret' };
    expect(() => loadServiceConfig('mediation', 3001, env)).toThrow('AUTH_JWT_SECRET must be at least 16 characters long');
    expect(() => loadServiceConfig('mediation', 3001, env)).not.toThrow(/short-secret/);
    expect(() => readAuthSecret(env)).toThrow('AUTH_JWT_SECRET must be at least 16 characters long');
  });
});
