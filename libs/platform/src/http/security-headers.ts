import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';

type HelmetMiddleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/**
 * Helmet as @fastify/helmet loads it (helmet is its dependency, not ours): the same version the
 * plugin would run, without the plugin's per-request `helmet(options)`, which parses and checks
 * every directive of the policy again on each request.
 */
const helmet = createRequire(require.resolve('@fastify/helmet'))('helmet') as (options: object) => HelmetMiddleware;

/**
 * Helmet's default policy already suits the Swagger UI at /docs (scripts from 'self', its inline
 * styles, data: images); only upgrade-insecure-requests is dropped, because the services speak
 * plain HTTP behind the proxy and the browser would fetch /docs' assets over HTTPS.
 */
const HELMET_OPTIONS = { contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } };

/**
 * Helmet's headers on every response (nosniff, frame and referrer policies, a content security
 * policy), errors and unknown routes included. The middleware is built once, at start; each
 * request only gets its headers set.
 */
export function registerSecurityHeaders(app: NestFastifyApplication): void {
  const setHeaders = helmet(HELMET_OPTIONS);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      setHeaders(request.raw, reply.raw, (err) => done(err as Error | undefined));
    });
}
