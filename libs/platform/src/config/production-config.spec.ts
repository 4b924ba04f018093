import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { DEV_TOKEN_PRIVATE_KEY, DEV_TOKEN_PUBLIC_KEY } from '../auth/dev-keys';
import { readTokenSigning } from './auth-config';
import { loadServiceConfig } from './service-config';

const production = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ NODE_ENV: 'production', ...extra });
const real = generateKeyPairSync('ed25519');
const realPublic = real.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const realPrivate = real.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

describe('configuration with NODE_ENV=production', () => {
  it('refuses to start without AUTH_JWT_PUBLIC_KEY, naming it', () => {
    expect(() => loadServiceConfig('mediation', 3001, production())).toThrow('invalid configuration: AUTH_JWT_PUBLIC_KEY must be set with NODE_ENV=production');
    expect(() => loadServiceConfig('reporting', 3005, production({ AUTH_JWT_PUBLIC_KEY: ' ' }))).toThrow(/AUTH_JWT_PUBLIC_KEY must be set/);
  });

  it('refuses to start on the development public key, as a PEM or as a JWK', () => {
    const jwk = JSON.stringify(createPublicKey(DEV_TOKEN_PUBLIC_KEY).export({ format: 'jwk' }));
    for (const key of [DEV_TOKEN_PUBLIC_KEY, jwk])
      expect(() => loadServiceConfig('legal-aid', 3002, production({ AUTH_JWT_PUBLIC_KEY: key }))).toThrow('AUTH_JWT_PUBLIC_KEY must not be the local development key');
  });

  it('starts with a real public key, and no secret at all', () => {
    const { auth } = loadServiceConfig('administrative-review', 3003, production({ AUTH_JWT_PUBLIC_KEY: realPublic }));
    expect([auth.developmentKey, auth.publicKey.equals(real.publicKey), auth.publicKey.type]).toEqual([false, true, 'public']);
  });

  it('will not sign without AUTH_JWT_PRIVATE_KEY or with the development private key, and signs with a real one', () => {
    expect(() => readTokenSigning(production())).toThrow('AUTH_JWT_PRIVATE_KEY must be set with NODE_ENV=production');
    expect(() => readTokenSigning(production({ AUTH_JWT_PRIVATE_KEY: DEV_TOKEN_PRIVATE_KEY }))).toThrow('AUTH_JWT_PRIVATE_KEY must not be the local development key');
    expect(readTokenSigning(production({ AUTH_JWT_PRIVATE_KEY: realPrivate })).developmentKey).toBe(false);
  });
});
