import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { ErrorBody } from '../http/error-body';
import { MetricsConfig } from './metrics-config';
import { ServiceMetrics } from './service-metrics';

export const METRICS_CONFIG = Symbol('METRICS_CONFIG');
export const METRICS_PATH = '/metrics';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Whether an Authorization header carries exactly `Bearer <token>`, compared in constant time. */
export function carriesToken(header: string | undefined, token: string): boolean {
  const given = /^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '';
  // Digests: equal lengths whatever was sent, so the comparison's time says nothing about the token.
  return timingSafeEqual(digest(given), digest(token)) && given.length > 0;
}

/**
 * Records every request's duration by its route pattern (`/v1/disputes/:id`, never the raw URL; a
 * request no route matched is `unmatched`) and serves GET /metrics in the Prometheus text format.
 * /metrics is a plain Fastify route: it is not an API operation (no OpenAPI entry, no user token),
 * and with METRICS_TOKEN set (required with NODE_ENV=production) it answers 401 without
 * `Authorization: Bearer <METRICS_TOKEN>`. Scrapes themselves are not recorded.
 */
export function registerMetrics(app: NestFastifyApplication): void {
  const metrics = app.get(ServiceMetrics);
  const { token } = app.get<MetricsConfig>(METRICS_CONFIG);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions?.url ?? 'unmatched';
    if (route !== METRICS_PATH) metrics.httpDuration.observe({ method: request.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
    done();
  });
  fastify.get(METRICS_PATH, async (request, reply) => {
    void reply.header('cache-control', 'no-store');
    if (token !== null && !carriesToken(request.headers.authorization, token)) {
      const body: ErrorBody = {
        statusCode: 401,
        error: 'Unauthorized',
        code: 'METRICS.TOKEN_REQUIRED',
        message: 'GET /metrics needs Authorization: Bearer <METRICS_TOKEN>',
      };
      return reply.code(401).header('www-authenticate', 'Bearer').send(body);
    }
    const { contentType, body } = await metrics.exposition();
    return reply.type(contentType).send(body);
  });
}
