import { generateKeyPairSync } from 'node:crypto';
import { DEV_TOKEN_PRIVATE_KEY } from '@casetrack/platform';
import { loadWebConfig } from './config';

describe('the web app configuration', () => {
  it('works on a development machine with no settings: 30 idle minutes, 12 hours, the local services, the development key', () => {
    const c = loadWebConfig({});
    expect({ idle: c.sessionIdleMinutes, max: c.sessionMaxHours, dev: c.tokenSigning.developmentKey, mediation: c.serviceUrls.mediation, reporting: c.serviceUrls.reporting }).toEqual({
      idle: 30, max: 12, dev: true, mediation: 'http://127.0.0.1:3001', reporting: 'http://127.0.0.1:3005',
    });
  });

  it('refuses to run in production on the development key or with none', () => {
    expect(() => loadWebConfig({ NODE_ENV: 'production' })).toThrow('AUTH_JWT_PRIVATE_KEY must be set');
    expect(() => loadWebConfig({ NODE_ENV: 'production', AUTH_JWT_PRIVATE_KEY: DEV_TOKEN_PRIVATE_KEY })).toThrow('must not be the local development key');
  });

  it('takes an Ed25519 key and refuses another kind, naming every bad setting', () => {
    const ed = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(loadWebConfig({ NODE_ENV: 'production', AUTH_JWT_PRIVATE_KEY: ed }).tokenSigning.developmentKey).toBe(false);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => loadWebConfig({ AUTH_JWT_PRIVATE_KEY: rsa, WEB_SESSION_IDLE_MINUTES: '0', WEB_MEDIATION_URL: 'ftp://x' })).toThrow(
      /WEB_MEDIATION_URL must be an http.*WEB_SESSION_IDLE_MINUTES must be an integer from 1.*AUTH_JWT_PRIVATE_KEY/,
    );
  });
});
