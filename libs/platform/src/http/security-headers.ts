import helmet from '@fastify/helmet';
import { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Helmet's headers on every response (nosniff, frame and referrer policies, a content security
 * policy). Helmet's default policy already suits the Swagger UI at /docs (scripts from 'self',
 * its inline styles, data: images); only upgrade-insecure-requests is dropped, because the
 * services speak plain HTTP behind the proxy and the browser would fetch /docs' assets over HTTPS.
 */
export function registerSecurityHeaders(app: NestFastifyApplication): void {
  // Not awaited: Fastify loads registered plugins before it starts listening (or on ready()).
  void app.getHttpAdapter().getInstance().register(helmet, {
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
  });
}
