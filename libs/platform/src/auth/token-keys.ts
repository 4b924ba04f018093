import { createPrivateKey, createPublicKey, KeyObject } from 'node:crypto';
import { DEV_TOKEN_PUBLIC_KEY } from './dev-keys';

// Environment files often carry a PEM on one line with literal "\n"s: accept that too.
const unescape = (text: string) => (text.includes('-----BEGIN') ? text.replace(/\\n/g, '\n').trim() : text.trim());

function parseJwk(text: string): Record<string, unknown> | undefined {
  if (!text.startsWith('{')) return undefined;
  try {
    const jwk = JSON.parse(text) as unknown;
    return jwk !== null && typeof jwk === 'object' ? (jwk as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Ed25519 public key in `text` (SPKI PEM, or a JWK of kty OKP / crv Ed25519), or what is wrong
 * with it. A private key is refused rather than reduced to its public half: a service must never hold one.
 */
export function parsePublicKey(text: string): KeyObject | string {
  const value = unescape(text);
  const jwk = parseJwk(value);
  if (/PRIVATE KEY-----/.test(value) || (jwk && 'd' in jwk)) return 'must be a public key, not a private key: give the services only the public half of the pair';
  let key: KeyObject;
  try {
    key = jwk ? createPublicKey({ key: jwk, format: 'jwk' }) : createPublicKey(value);
  } catch {
    return 'must be an Ed25519 public key as a PEM (-----BEGIN PUBLIC KEY-----) or a JWK';
  }
  return key.asymmetricKeyType === 'ed25519' ? key : `must be an Ed25519 key, not ${key.asymmetricKeyType}`;
}

/** The Ed25519 private key in `text` (PKCS#8 PEM, or a JWK with `d`), or what is wrong with it. */
export function parsePrivateKey(text: string): KeyObject | string {
  const value = unescape(text);
  const jwk = parseJwk(value);
  let key: KeyObject;
  try {
    key = jwk ? createPrivateKey({ key: jwk, format: 'jwk' }) : createPrivateKey(value);
  } catch {
    return 'must be an Ed25519 private key as a PEM (-----BEGIN PRIVATE KEY-----) or a JWK with "d"';
  }
  return key.asymmetricKeyType === 'ed25519' ? key : `must be an Ed25519 key, not ${key.asymmetricKeyType}`;
}

const devPublic = createPublicKey(DEV_TOKEN_PUBLIC_KEY);

/** Whether `key` (public, or a private key's public half) is the published development key. */
export function isDevelopmentKey(key: KeyObject): boolean {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return pub.equals(devPublic);
}
