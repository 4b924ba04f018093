import { generateKeyPairSync } from 'node:crypto';
import { readTokenSigning } from '../config/auth-config';
import { loadServiceConfig } from '../config/service-config';
import { DEV_TOKEN_PUBLIC_KEY } from './dev-keys';
import { issueToken } from './issue-token';
import { verifyToken } from './token';

const pair = () => generateKeyPairSync('ed25519');
const pem = (key: { export(o: object): string | Buffer }, type: 'spki' | 'pkcs8') => key.export({ type, format: 'pem' }).toString();

describe('token settings outside production', () => {
  it('falls back to the development key pair when no key is set, and the services accept what the scripts sign', async () => {
    const { auth } = loadServiceConfig('mediation', 3001, {});
    expect(auth).toMatchObject({ issuer: 'casetrack-web', audience: 'casetrack', developmentKey: true });
    const signing = readTokenSigning({});
    expect(signing).toMatchObject({ issuer: 'casetrack-web', audience: 'casetrack', developmentKey: true });
    await expect(verifyToken(issueToken({ sub: 'u-1', role: 'admin' }, signing), auth)).resolves.toEqual({ id: 'u-1', role: 'admin' });
  });

  it('takes AUTH_JWT_PUBLIC_KEY as a PEM, a one-line PEM with \\n escapes or a JWK, and the issuer and audience', async () => {
    const { publicKey, privateKey } = pair();
    const forms = [pem(publicKey, 'spki'), pem(publicKey, 'spki').replace(/\n/g, '\\n'), JSON.stringify(publicKey.export({ format: 'jwk' }))];
    const env = { AUTH_JWT_ISSUER: 'https://web.example', AUTH_JWT_AUDIENCE: 'casetrack-prod' };
    const signing = readTokenSigning({ ...env, AUTH_JWT_PRIVATE_KEY: JSON.stringify(privateKey.export({ format: 'jwk' })) });
    expect(signing).toMatchObject({ issuer: 'https://web.example', audience: 'casetrack-prod', developmentKey: false });
    for (const form of forms) {
      const { auth } = loadServiceConfig('legal-aid', 3002, { ...env, AUTH_JWT_PUBLIC_KEY: form });
      expect([auth.developmentKey, auth.publicKey.equals(publicKey)]).toEqual([false, true]);
      await expect(verifyToken(issueToken({ sub: 'u-1', role: 'admin' }, signing), auth)).resolves.toMatchObject({ id: 'u-1' });
    }
  });

  it('refuses a token for another audience than the one the service is set to', async () => {
    const { auth } = loadServiceConfig('mediation', 3001, { AUTH_JWT_AUDIENCE: 'casetrack-staging' });
    await expect(verifyToken(issueToken({ sub: 'u-1', role: 'admin' }, readTokenSigning({})), auth)).rejects.toThrow(/"aud"/);
  });

  it.each([
    ['a private key PEM', () => pem(pair().privateKey, 'pkcs8'), 'must be a public key, not a private key'],
    ['a private JWK', () => JSON.stringify(pair().privateKey.export({ format: 'jwk' })), 'must be a public key, not a private key'],
    ['an RSA key', () => pem(generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey, 'spki'), 'must be an Ed25519 key, not rsa'],
    ['an HS256 secret', () => 'casetrack-local-development-secret', 'must be an Ed25519 public key as a PEM'],
  ])('refuses %s in AUTH_JWT_PUBLIC_KEY, naming the setting but not the value', (_, value, reason) => {
    const env = { AUTH_JWT_PUBLIC_KEY: value() };
    expect(() => loadServiceConfig('mediation', 3001, env)).toThrow(`invalid configuration: AUTH_JWT_PUBLIC_KEY ${reason}`);
    expect(() => loadServiceConfig('mediation', 3001, env)).not.toThrow(env.AUTH_JWT_PUBLIC_KEY.slice(30, 50));
  });

  it('refuses a malformed AUTH_JWT_PRIVATE_KEY and a malformed issuer, naming them', () => {
    expect(() => readTokenSigning({ AUTH_JWT_PRIVATE_KEY: DEV_TOKEN_PUBLIC_KEY })).toThrow('AUTH_JWT_PRIVATE_KEY must be an Ed25519 private key');
    expect(() => loadServiceConfig('mediation', 3001, { AUTH_JWT_ISSUER: 'has spaces' })).toThrow(/AUTH_JWT_ISSUER must be/);
  });
});
