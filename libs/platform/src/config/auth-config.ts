import { KeyObject } from 'node:crypto';
import { DEV_TOKEN_PRIVATE_KEY, DEV_TOKEN_PUBLIC_KEY } from '../auth/dev-keys';
import { DEFAULT_TOKEN_AUDIENCE, DEFAULT_TOKEN_ISSUER, TokenVerification } from '../auth/token';
import { isDevelopmentKey, parsePrivateKey, parsePublicKey } from '../auth/token-keys';
import { EnvReader } from './env';

/** A service's token settings: TokenVerification, and whether it fell back to the development key. */
export interface AuthConfig extends TokenVerification {
  /** True when the public key is the published development one (a warning is logged at start). */
  developmentKey: boolean;
}

/** What an issuer signs with (AUTH_JWT_PRIVATE_KEY, AUTH_JWT_ISSUER, AUTH_JWT_AUDIENCE). */
export interface TokenSigning {
  privateKey: KeyObject;
  issuer: string;
  audience: string;
  developmentKey: boolean;
}

const NAME = /^[\x21-\x7e]{1,200}$/;
const production = (env: NodeJS.ProcessEnv) => env.NODE_ENV === 'production';

function names(r: EnvReader): { issuer: string; audience: string } {
  const check = (v: string) => NAME.test(v);
  return {
    issuer: r.matching('AUTH_JWT_ISSUER', DEFAULT_TOKEN_ISSUER, check, 'the issuer name tokens carry as "iss" (1–200 visible ASCII characters)'),
    audience: r.matching('AUTH_JWT_AUDIENCE', DEFAULT_TOKEN_AUDIENCE, check, 'the audience name tokens carry as "aud" (1–200 visible ASCII characters)'),
  };
}

/**
 * The token check of a service: AUTH_JWT_PUBLIC_KEY (Ed25519, PEM or JWK; the development key when
 * unset, except with NODE_ENV=production, where it must be set and must not be the development key),
 * AUTH_JWT_ISSUER and AUTH_JWT_AUDIENCE. Problems go to `r`, never with the key's value.
 */
export function readAuthConfig(r: EnvReader, env: NodeJS.ProcessEnv): AuthConfig {
  const raw = env.AUTH_JWT_PUBLIC_KEY ?? '';
  const fallback = parsePublicKey(DEV_TOKEN_PUBLIC_KEY) as KeyObject;
  let publicKey = fallback;
  if (raw.trim() === '') {
    if (production(env)) r.report('AUTH_JWT_PUBLIC_KEY must be set with NODE_ENV=production (the Ed25519 public key of the token issuer, PEM or JWK)');
  } else {
    const parsed = parsePublicKey(raw);
    if (typeof parsed === 'string') r.report(`AUTH_JWT_PUBLIC_KEY ${parsed}`);
    else if (production(env) && isDevelopmentKey(parsed)) r.report('AUTH_JWT_PUBLIC_KEY must not be the local development key with NODE_ENV=production');
    else publicKey = parsed;
  }
  return { publicKey, ...names(r), developmentKey: isDevelopmentKey(publicKey) };
}

/**
 * What `npm run token`, the scripts, the tests and the web app sign with: AUTH_JWT_PRIVATE_KEY
 * (Ed25519, PEM or JWK; the development key when unset, except with NODE_ENV=production), and the
 * same AUTH_JWT_ISSUER and AUTH_JWT_AUDIENCE the services expect. Throws naming each bad setting.
 */
export function readTokenSigning(env: NodeJS.ProcessEnv = process.env): TokenSigning {
  const r = new EnvReader(env);
  const raw = env.AUTH_JWT_PRIVATE_KEY ?? '';
  let privateKey = parsePrivateKey(DEV_TOKEN_PRIVATE_KEY) as KeyObject;
  if (raw.trim() === '') {
    if (production(env)) r.report('AUTH_JWT_PRIVATE_KEY must be set with NODE_ENV=production (the Ed25519 private key tokens are signed with, PEM or JWK)');
  } else {
    const parsed = parsePrivateKey(raw);
    if (typeof parsed === 'string') r.report(`AUTH_JWT_PRIVATE_KEY ${parsed}`);
    else if (production(env) && isDevelopmentKey(parsed)) r.report('AUTH_JWT_PRIVATE_KEY must not be the local development key with NODE_ENV=production');
    else privateKey = parsed;
  }
  const signing = { privateKey, ...names(r), developmentKey: isDevelopmentKey(privateKey) };
  r.done();
  return signing;
}
