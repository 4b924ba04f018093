import { createKafka, OutboxRelay, OutboxWriter } from '@casetrack/messaging';
import { createDataSource, initializeAndMigrate } from '@casetrack/persistence';
import { DynamicModule, Global, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown, Provider } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { Kafka } from 'kafkajs';
import { DataSource, MixedList } from 'typeorm';
import { ACCESS_OPTIONS, ActorContextInterceptor, AuthGuard } from './auth/auth.guard';
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
import { Clock, CLOCK, ID_GENERATOR, systemClock, uuidGenerator } from './time/clock';

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

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject('PLATFORM_SCHEMA') private readonly schema: string,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.relayEnabled) return;
    this.relay = new OutboxRelay({
      databaseUrl: this.config.databaseUrl,
      schema: this.schema,
      kafka: this.kafka,
      maxBatchBytes: this.config.relayMaxBatchBytes,
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
 * start, Kafka, the outbox (and its relay for case services), idempotency (and its pruning), clock and ids, bearer-token
 * access control on every route but GET /health, and GET /health.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(opts: PlatformOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: 'PLATFORM_SCHEMA', useValue: opts.schema },
      { provide: SERVICE_CONFIG, useFactory: () => ({ ...loadServiceConfig(opts.serviceName, opts.defaultPort), ...opts.config }) },
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
            searchPath: opts.searchPath,
          });
          await initializeAndMigrate(dataSource, opts.schema);
          return dataSource;
        },
      },
      {
        provide: KAFKA,
        inject: [SERVICE_CONFIG],
        useFactory: (config: ServiceConfig) => createKafka({ brokers: config.kafkaBrokers, clientId: `casetrack-${config.serviceName}` }),
      },
      {
        provide: HEALTH_CHECKS,
        inject: [DataSource, KAFKA],
        useFactory: (dataSource: DataSource, kafka: Kafka) => [databaseCheck(dataSource), kafkaCheck(kafka)],
      },
      { provide: OutboxWriter, useValue: new OutboxWriter(opts.schema) },
      { provide: IDEMPOTENCY_CONFIG, useFactory: () => idempotencyConfig(opts.idempotency) },
      { provide: IdempotencyStore, inject: [IDEMPOTENCY_CONFIG], useFactory: (config: IdempotencyConfig) => new IdempotencyStore(opts.schema, config) },
      IdempotencyPruner,
      ...(opts.personalData
        ? [{ provide: PersonalDataCipher, useFactory: personalDataCipher }, { provide: PersonalDataReadLog, useValue: new PersonalDataReadLog(opts.schema) }]
        : []),
      { provide: CLOCK, useValue: opts.clock ?? systemClock },
      { provide: ID_GENERATOR, useValue: uuidGenerator },
      { provide: ACCESS_OPTIONS, useValue: opts.access ?? { roles: [] } },
      { provide: APP_GUARD, useClass: AuthGuard },
      { provide: APP_INTERCEPTOR, useClass: ActorContextInterceptor },
      ConnectionsLifecycle,
      ...(opts.relay ? [RelayLifecycle] : []),
    ];
    return {
      module: PlatformModule,
      controllers: [HealthController],
      providers,
      exports: [
        SERVICE_CONFIG, DataSource, KAFKA, HEALTH_CHECKS, OutboxWriter, IdempotencyStore, IdempotencyPruner, CLOCK, ID_GENERATOR,
        ...(opts.personalData ? [PersonalDataCipher, PersonalDataReadLog] : []),
      ],
    };
  }
}
