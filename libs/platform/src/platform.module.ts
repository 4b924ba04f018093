import { createKafka, OutboxRelay, OutboxWriter, RelayObserver } from '@casetrack/messaging';
import { createDataSource, initializeAndMigrate } from '@casetrack/persistence';
import { DynamicModule, Global, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown, Provider } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { Kafka } from 'kafkajs';
import { DataSource, MixedList } from 'typeorm';
import { ACCESS_OPTIONS, AuthGuard } from './auth/auth.guard';
import { AccessOptions } from './auth/roles';
import { loadServiceConfig, SERVICE_CONFIG, ServiceConfig } from './config/service-config';
import { HealthController } from './health/health.controller';
import { databaseCheck, HEALTH_CHECKS, kafkaCheck } from './health/health-check';
import { IdempotencyConfig, loadIdempotencyConfig } from './config/idempotency-config';
import { loadPersonalDataConfig } from './config/personal-data-config';
import { IDEMPOTENCY_CONFIG, IdempotencyPruner } from './idempotency/idempotency.pruner';
import { IdempotencyStore } from './idempotency/idempotency.store';
import { PersonalDataCipher } from './personal-data/personal-data-cipher';
import { PersonalDataReadLog } from './personal-data/personal-data-reads';
import { Clock, CLOCK, ID_GENERATOR, IdGenerator, systemClock, uuidGenerator } from './time/clock';
import { CommandRunner } from './commands/command-runner';
import { kafkaJsLogCreator, kafkaJsLogLevel } from './logging/kafka-logs';
import { loadLogConfig } from './logging/log-config';
import { RequestContextInterceptor } from './http/request-context.interceptor';
import { currentTrace, traceparentOf } from './logging/trace-context';
import { loadMetricsConfig, METRICS_CONFIG, registerOutboxMetrics, registerPoolMetrics, relayMetrics, ServiceMetrics } from './metrics';

export const KAFKA = Symbol('KAFKA');

export interface PlatformOptions {
  serviceName: string;
  /** The PostgreSQL schema this service owns. */
  schema: string;
  defaultPort: number;
  migrations: MixedList<Function>;
  entities?: MixedList<Function>;
  /** Case services publish their outbox; the reporting service does not. */
  relay: boolean;
  /** Whether the service uses Kafka at all (its health checks it); the web app does not. Default true. */
  kafka?: boolean;
  /** Overrides for tests (e.g. a pinned clock, another database, a district). */
  config?: Partial<ServiceConfig>;
  /** A clock to use instead of the system's (tests pin time with it). */
  clock?: Clock;
  /** Sets the connections' search_path, for a service whose SQL names its tables unqualified (reporting). */
  searchPath?: string;
  /** Roles that may use routes without their own @Roles (admin always may); without it, only admin. */
  access?: AccessOptions;
  /** Overrides of the idempotency settings (tests). */
  idempotency?: Partial<IdempotencyConfig>;
  /**
   * The service stores personal data: it gets the PersonalDataCipher (PERSONAL_DATA_KEY, required
   * with NODE_ENV=production) and the PersonalDataReadLog of its schema.
   */
  personalData?: boolean;
}

/** The idempotency settings of the environment; warns when they run on the development secret. */
function idempotencyConfig(overrides: Partial<IdempotencyConfig> = {}): IdempotencyConfig {
  const config = { ...loadIdempotencyConfig(), ...overrides };
  if (config.developmentSecret)
    new Logger('idempotency').warn('request hashes are keyed with the local development secret, which anyone can read in the source: set IDEMPOTENCY_SECRET anywhere but a development machine');
  return config;
}

/** The cipher of the environment's keys; warns when it runs on the development key. */
function personalDataCipher(): PersonalDataCipher {
  const config = loadPersonalDataConfig();
  if (config.developmentKey)
    new Logger('personal-data').warn('personal data is encrypted with the local development key, which anyone can read in the source: set PERSONAL_DATA_KEY anywhere but a development machine');
  return new PersonalDataCipher(config);
}

/** Starts the outbox relay with the application and stops it on shutdown. */
@Injectable()
class RelayLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('outbox-relay');
  private relay?: OutboxRelay;
  private readonly observer: RelayObserver;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject('PLATFORM_SCHEMA') private readonly schema: string,
    metrics: ServiceMetrics,
  ) {
    this.observer = relayMetrics(metrics, () => this.relay?.active ?? false);
  }

  onApplicationBootstrap(): void {
    if (!this.config.relayEnabled) return;
    this.relay = new OutboxRelay({
      databaseUrl: this.config.databaseUrl,
      schema: this.schema,
      kafka: this.kafka,
      maxBatchBytes: this.config.relayMaxBatchBytes,
      observer: this.observer,
      // A quarantined event never reaches the report: an error, not a warning.
      log: (m) => (m.endsWith('is active') ? this.logger.log(m) : m.includes('QUARANTINED') ? this.logger.error(m) : this.logger.warn(m)),
    });
    this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
  }
}

/** Closes the database pool and health connections on shutdown. */
@Injectable()
class ConnectionsLifecycle implements OnApplicationShutdown {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(HEALTH_CHECKS) private readonly checks: { close?: () => Promise<void> }[],
  ) {}

  async onApplicationShutdown(): Promise<void> {
    for (const c of this.checks) await c.close?.();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * What every casetrack service stands on: typed configuration, its PostgreSQL schema migrated on
 * start, Kafka (its logs in the service's), the outbox (and its relay for case services), idempotency (and its pruning),
 * clock and ids, bearer-token access control on every route but the health routes, each request's trace,
 * GET /health, /health/live and /health/ready, and the service's metrics (GET /metrics).
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(opts: PlatformOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: 'PLATFORM_SCHEMA', useValue: opts.schema },
      { provide: SERVICE_CONFIG, useFactory: () => ({ ...loadServiceConfig(opts.serviceName, opts.defaultPort), ...opts.config }) },
      // Before the database is opened: a production service without METRICS_TOKEN stops right here.
      { provide: METRICS_CONFIG, useFactory: () => loadMetricsConfig() },
      {
        provide: DataSource,
        inject: [SERVICE_CONFIG],
        useFactory: async (config: ServiceConfig) => {
          const dataSource = createDataSource({
            url: config.databaseUrl,
            schema: opts.schema,
            migrations: opts.migrations,
            entities: opts.entities,
            applicationName: config.serviceName,
            poolSize: config.databasePoolSize,
            idleInTransactionTimeoutMs: config.databaseIdleTransactionTimeoutSeconds * 1000,
            searchPath: opts.searchPath,
          });
          await initializeAndMigrate(dataSource, opts.schema);
          return dataSource;
        },
      },
      {
        provide: KAFKA,
        inject: [SERVICE_CONFIG],
        useFactory: (config: ServiceConfig) =>
          createKafka({ brokers: config.kafkaBrokers, clientId: `casetrack-${config.serviceName}`, logCreator: kafkaJsLogCreator, logLevel: kafkaJsLogLevel(loadLogConfig().level) }),
      },
      {
        provide: HEALTH_CHECKS,
        inject: [DataSource, KAFKA],
        useFactory: (dataSource: DataSource, kafka: Kafka) => [databaseCheck(dataSource), ...(opts.kafka === false ? [] : [kafkaCheck(kafka)])],
      },
      // An event carries the traceparent of the request that wrote it (a Kafka header set by the relay).
      { provide: OutboxWriter, useValue: new OutboxWriter(opts.schema, { traceparent: () => { const t = currentTrace(); return t ? traceparentOf(t) : null; } }) },
      { provide: IDEMPOTENCY_CONFIG, useFactory: () => idempotencyConfig(opts.idempotency) },
      { provide: IdempotencyStore, inject: [IDEMPOTENCY_CONFIG], useFactory: (config: IdempotencyConfig) => new IdempotencyStore(opts.schema, config) },
      IdempotencyPruner,
      {
        provide: CommandRunner,
        inject: [DataSource, OutboxWriter, IdempotencyStore, CLOCK, ID_GENERATOR, SERVICE_CONFIG],
        useFactory: (ds: DataSource, outbox: OutboxWriter, idem: IdempotencyStore, clock: Clock, ids: IdGenerator, config: ServiceConfig) =>
          new CommandRunner(ds, outbox, idem, clock, ids, config),
      },
      ...(opts.personalData
        ? [{ provide: PersonalDataCipher, useFactory: personalDataCipher }, { provide: PersonalDataReadLog, useValue: new PersonalDataReadLog(opts.schema) }]
        : []),
      { provide: CLOCK, useValue: opts.clock ?? systemClock },
      { provide: ID_GENERATOR, useValue: uuidGenerator },
      // GET /metrics (registerMetrics, from configureApp): this service's own registry.
      {
        provide: ServiceMetrics,
        inject: [SERVICE_CONFIG, DataSource],
        useFactory: (config: ServiceConfig, dataSource: DataSource) => {
          const metrics = new ServiceMetrics(config.serviceName);
          registerPoolMetrics(metrics, dataSource);
          if (opts.relay) registerOutboxMetrics(metrics, dataSource, opts.schema);
          return metrics;
        },
      },
      { provide: ACCESS_OPTIONS, useValue: opts.access ?? { roles: [] } },
      { provide: APP_GUARD, useClass: AuthGuard },
      { provide: APP_INTERCEPTOR, useClass: RequestContextInterceptor },
      ConnectionsLifecycle,
      ...(opts.relay ? [RelayLifecycle] : []),
    ];
    return {
      module: PlatformModule,
      controllers: [HealthController],
      providers,
      exports: [
        SERVICE_CONFIG, DataSource, KAFKA, HEALTH_CHECKS, OutboxWriter, IdempotencyStore, IdempotencyPruner, CommandRunner, CLOCK, ID_GENERATOR, ServiceMetrics, METRICS_CONFIG,
        ...(opts.personalData ? [PersonalDataCipher, PersonalDataReadLog] : []),
      ],
    };
  }
}
