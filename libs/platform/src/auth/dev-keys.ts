/*
 * ============================================================================================
 *  DEVELOPMENT KEYS ONLY — PUBLISHED IN THIS REPOSITORY, THEREFORE KNOWN TO EVERYONE.
 *
 *  Anyone holding this private key can sign a token for any role. It exists so that a checkout
 *  runs with no setup (`npm run token`, the tests, the local services). Never use it anywhere
 *  real: with NODE_ENV=production the services refuse to start on the development public key
 *  (AUTH_JWT_PUBLIC_KEY) and the issuer refuses the development private key
 *  (AUTH_JWT_PRIVATE_KEY). Make a real pair with:
 *
 *    openssl genpkey -algorithm ed25519 -out token-signing.pem
 *    openssl pkey -in token-signing.pem -pubout -out token-verifying.pem
 * ============================================================================================
 */

/** Ed25519 public key (SPKI PEM) of the development pair; services fall back to it outside production. */
export const DEV_TOKEN_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAbGYzWn6ecWEq97NObEPyyitFxd7zpSpDw3W/480wIBc=
-----END PUBLIC KEY-----
`;

/** Ed25519 private key (PKCS#8 PEM) of the development pair: for `npm run token`, tests and local use only. */
export const DEV_TOKEN_PRIVATE_KEY = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIPwq4mNeqgAD3W2xUrUZ+iUvKzLNcHiRiuXoMwQ3esQK
-----END PRIVATE KEY-----
`;
