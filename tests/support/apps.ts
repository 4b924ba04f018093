import { Clock, configureApp, createHttpAdapter, ServiceConfig } from '@casetrack/platform';
import { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule as MediationModule } from '../../apps/mediation/src/app.module';
import { AppModule as ReportingModule } from '../../apps/reporting/src/app.module';
import { authHeaders } from './auth';
import { HttpClient } from './http-client';
import { TEST_DATABASE_URL, TEST_KAFKA_BROKERS } from './test-env';

export interface RunningApp {
  app: INestApplication;
  url: string;
  http: HttpClient;
  close(): Promise<void>;
}

/**
 * Boots a service in this process on a free port, against the test database and the real broker.
 * `http` acts as an admin (every route open); use `new HttpClient(url, authHeaders(role))` for another role.
 */
export async function startApp(module: DynamicModule, title: string): Promise<RunningApp> {
  const app = await NestFactory.create<NestFastifyApplication>(module, createHttpAdapter(), { logger: ['error'], abortOnError: false });
  configureApp(app, { title, description: title });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  return { app, url, http: new HttpClient(url, authHeaders('admin')), close: () => app.close() };
}

/** Shared settings of in-process services in tests. */
export function testServiceConfig(district: string, extra: Partial<ServiceConfig> = {}): Partial<ServiceConfig> {
  return { databaseUrl: TEST_DATABASE_URL, kafkaBrokers: TEST_KAFKA_BROKERS, districtCode: district, ...extra };
}

export function startMediation(district: string, extra: Partial<ServiceConfig> = {}, clock?: Clock) {
  return startApp(MediationModule.register(testServiceConfig(district, extra), clock), 'mediation');
}

/** A reporting service with its own consumer group (it replays the topics from offset 0). */
export function startReporting(district: string, groupId: string, extra: Partial<ServiceConfig> = {}) {
  return startApp(ReportingModule.register({ service: testServiceConfig(district, extra), reporting: { groupId } }), 'reporting');
}
