import { DynamicModule, INestApplication, Logger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { SERVICE_CONFIG, ServiceConfig } from '../config/service-config';
import { loadLogConfig } from '../logging/log-config';
import { createAccessLogger, createLogger } from '../logging/logger';
import { PinoNestLogger } from '../logging/nest-logger';
import { registerRequestLogging } from '../logging/request-logging';
import { Clock, CLOCK } from '../time/clock';
import { BODY_LIMIT_BYTES, refuseForeignContentTypes } from './content-type';
import { AllExceptionsFilter } from './exception.filter';
import { addPlatformResponses, ErrorBodyDto } from './openapi';
import { registerSecurityHeaders } from './security-headers';
import { registerMetrics } from '../metrics/metrics-endpoint';
import { strictValidationPipe } from './validation';

export interface ApiDescription {
  title: string;
  description: string;
}

/** A service to start: its name (the `service` field of its log lines) and its API's description. */
export interface ServiceDescription extends ApiDescription {
  service: string;
}

/** The Fastify adapter every service uses: 1 MiB bodies (413 beyond), no Fastify logging (the platform writes one access line per request). */
export function createHttpAdapter(): FastifyAdapter {
  return new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, logger: false, return503OnClosing: true });
}

/**
 * Applies what every service shares: a trace and an access line for every request, GET /metrics and
 * request durations, security headers, strict validation, one error shape for every failure
 * (including malformed JSON caught by Fastify before any route), and the OpenAPI docs at /docs
 * (requests, responses and the errors the platform gives on every route). With the service's
 * `logger`, access lines are written to it directly (createAccessLogger).
 */
export function configureApp(app: NestFastifyApplication, api: ApiDescription, options: { logger?: PinoNestLogger } = {}): void {
  // First, so that a request refused by a later hook (415) still has its trace and access line.
  registerRequestLogging(app.getHttpAdapter().getInstance(), options.logger ? createAccessLogger(options.logger.pino) : undefined);
  registerSecurityHeaders(app);
  registerMetrics(app);
  // The service's own clock (pinned in tests), so "in the future" means what the handlers think it means.
  const clock = app.get<Clock>(CLOCK);
  const { businessTimeMaxSkewSeconds } = app.get<ServiceConfig>(SERVICE_CONFIG);
  app.useGlobalPipes(strictValidationPipe({ clock, maxSkewSeconds: businessTimeMaxSkewSeconds }));
  app.useGlobalFilters(new AllExceptionsFilter());
  refuseForeignContentTypes(app.getHttpAdapter().getInstance());
  const config = new DocumentBuilder()
    .setTitle(api.title)
    .setDescription(api.description)
    .setVersion('1')
    // Relative: the document describes the service that serves it, wherever it is deployed.
    .addServer('/', 'This service')
    .addBearerAuth()
    .addSecurityRequirements('bearer')
    .build();
  const document = addPlatformResponses(SwaggerModule.createDocument(app, config, { extraModels: [ErrorBodyDto] }));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

/**
 * Creates, configures and starts a service, everything it logs (Nest's own lines included) going
 * to one JSON logger (LOG_LEVEL, LOG_FORMAT); exits with a message naming the problem if it cannot,
 * a malformed LOG_LEVEL or LOG_FORMAT included.
 */
export async function bootstrapService(rootModule: Type<unknown> | DynamicModule, api: ServiceDescription): Promise<INestApplication> {
  let appLogger: PinoNestLogger;
  try {
    appLogger = new PinoNestLogger(createLogger(api.service, loadLogConfig()));
  } catch (err) {
    // The settings of the logger are what is wrong: say so with the defaults.
    createLogger(api.service, { level: 'info', format: 'json' }).fatal({ context: 'bootstrap' }, `could not start: ${(err as Error).message}`);
    process.exit(1);
  }
  const logger = new Logger('bootstrap');
  try {
    const app = await NestFactory.create<NestFastifyApplication>(rootModule, createHttpAdapter(), { logger: appLogger });
    configureApp(app, api, { logger: appLogger });
    app.enableShutdownHooks();
    const config = app.get<ServiceConfig>(SERVICE_CONFIG);
    await app.listen(config.port, config.host);
    logger.log(`${config.serviceName} listening on http://${config.host}:${config.port} (docs at /docs)`);
    return app;
  } catch (err) {
    logger.error(`could not start: ${(err as Error).message}`);
    process.exit(1);
  }
}
