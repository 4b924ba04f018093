import { CASE_TOPICS, TOPIC_PREFIX, Topics } from '@casetrack/contracts';
import { DEFAULT_TOKEN_AUDIENCE, DEFAULT_TOKEN_ISSUER, issueToken, renewingAuthHeaders } from '@casetrack/platform';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { PrivateKafka } from '../../support/private-kafka';
import { PrivatePostgres } from '../../support/private-postgres';
import { ensureBuild, mainOf, ROOT } from './build';
import { CASE_SERVICES, CaseService } from './flows';
import { logPath, ServiceProcess } from './service-process';

export interface ClusterOptions {
  /** Names the run directory (logs) and the consumer group. */
  scenario: string;
  /** Reporting replicas in the one consumer group (2 to make the group rebalance). */
  reportingReplicas?: number;
  /** REPORTING_SESSION_TIMEOUT_MS of the reporting replicas. */
  sessionTimeoutMs?: number;
  /** Start reporting later (to let a backlog build up). */
  startReporting?: boolean;
}

/** Each case service's schema in the shared database. */
export const SCHEMAS: Record<CaseService, string> = {
  mediation: 'mediation',
  'legal-aid': 'legal_aid',
  'administrative-review': 'admin_review',
  'file-review': 'file_review',
};

/**
 * Everything a fault scenario runs against, and nothing anyone else uses: a private PostgreSQL
 * (one dedicated database, so the reconciliation of the whole database against one district's
 * report is exact), a private Kafka broker with the casetrack topics, and every service built from
 * this checkout as a real child process on free ports. Legal aid is included when it builds.
 */
export class FaultCluster {
  readonly caseServices = new Map<CaseService, ServiceProcess>();
  readonly reporting: ServiceProcess[] = [];
  readonly district = '500106';
  readonly database = 'casetrack_faults';
  /** This cluster's own Ed25519 token key pair: the services get the public key (AUTH_JWT_PUBLIC_KEY). */
  readonly tokenKeys = generateKeyPairSync('ed25519');
  readonly runDir: string;
  readonly timings: Record<string, number> = {};

  private constructor(
    readonly pg: PrivatePostgres,
    readonly kafka: PrivateKafka,
    readonly opts: ClusterOptions,
  ) {
    this.runDir = join(ROOT, '.run/faults', `${opts.scenario}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
    mkdirSync(this.runDir, { recursive: true });
  }

  /** Builds, starts PostgreSQL and Kafka, then every service; healthy when it resolves. Call `dispose()` in afterAll. */
  static async start(opts: ClusterOptions): Promise<FaultCluster> {
    const t0 = Date.now();
    const build = await ensureBuild();
    if (build.typeErrors) console.warn(`[faults] the build has type errors (files being edited?); running what it emitted:\n${build.typeErrors}`);
    const t1 = Date.now();
    const [pgStarted, kafkaStarted] = await Promise.allSettled([PrivatePostgres.start(), PrivateKafka.start({ topics: [...CASE_TOPICS, Topics.deadLetter] })]);
    if (pgStarted.status === 'rejected' || kafkaStarted.status === 'rejected') {
      if (pgStarted.status === 'fulfilled') await pgStarted.value.dispose();
      if (kafkaStarted.status === 'fulfilled') await kafkaStarted.value.dispose();
      throw pgStarted.status === 'rejected' ? pgStarted.reason : (kafkaStarted as PromiseRejectedResult).reason;
    }
    const [pg, kafka] = [pgStarted.value, kafkaStarted.value];
    const cluster = new FaultCluster(pg, kafka, opts);
    cluster.timings.buildMs = t1 - t0;
    cluster.timings.infraMs = Date.now() - t1;
    try {
      await cluster.startServices();
    } catch (err) {
      await cluster.dispose();
      throw err;
    }
    cluster.timings.servicesMs = Date.now() - t1 - cluster.timings.infraMs;
    return cluster;
  }

  get databaseUrl(): string {
    return this.pg.url(this.database);
  }

  /** The consumer group of the reporting replicas. */
  get reportingGroupId(): string {
    return `faults-${this.opts.scenario}`;
  }

  /** Base URL of each running case service, for the load generator. */
  urls(): Partial<Record<CaseService, string>> {
    return Object.fromEntries([...this.caseServices].map(([name, s]) => [name, s.url]));
  }

  service(name: CaseService): ServiceProcess {
    const s = this.caseServices.get(name);
    if (!s) throw new Error(`${name} is not part of this cluster`);
    return s;
  }

  /** The cluster's private key as PEM, for a CLI run against it (AUTH_JWT_PRIVATE_KEY). */
  get privateKeyPem(): string {
    return this.tokenKeys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  }

  /**
   * Request headers carrying an admin token the services accept (the load generator acts as
   * admin), renewed as they are read: a scenario may outlast a token's 15 minutes.
   */
  authHeaders(role: 'admin' | 'report-reader' = 'admin'): Record<string, string> {
    const signing = { privateKey: this.tokenKeys.privateKey, issuer: DEFAULT_TOKEN_ISSUER, audience: DEFAULT_TOKEN_AUDIENCE, developmentKey: false };
    return renewingAuthHeaders(() => issueToken({ sub: `fault-${role}`, role }, signing));
  }

  /** A connection to the dedicated database (close it after use). */
  async db(): Promise<Client> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'fault-test' });
    await client.connect();
    return client;
  }

  /** Starts the reporting replicas that are not running (all of them when none was started). */
  async startReporting(): Promise<void> {
    await Promise.all(this.reporting.filter((r) => !r.isRunning).map((r) => r.start()));
  }

  /** Stops every service, the broker and PostgreSQL, and deletes their data (logs stay in runDir). */
  async dispose(): Promise<void> {
    await Promise.all([...this.caseServices.values(), ...this.reporting].map((s) => s.stop().catch(() => undefined)));
    await Promise.all([this.kafka.dispose().catch(() => undefined), this.pg.dispose().catch(() => undefined)]);
  }

  private async startServices(): Promise<void> {
    const names = CASE_SERVICES.filter((name) => existsSync(mainOf(name)));
    const ports = await freePorts(names.length + (this.opts.reportingReplicas ?? 1));
    const env = {
      DATABASE_URL: this.databaseUrl,
      KAFKA_BROKERS: this.kafka.brokers.join(','),
      DISTRICT_CODE: this.district,
      DATABASE_POOL_SIZE: '5',
      AUTH_JWT_PUBLIC_KEY: this.tokenKeys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      // The topics this process created on the private broker (scripts/test.sh sets a prefix per run).
      CASETRACK_TOPIC_PREFIX: TOPIC_PREFIX,
    };
    names.forEach((name, i) =>
      this.caseServices.set(name, new ServiceProcess({ name, main: mainOf(name), port: ports[i], env, logFile: logPath(this.runDir, name) })),
    );
    for (let r = 0; r < (this.opts.reportingReplicas ?? 1); r++) {
      const name = r === 0 ? 'reporting' : `reporting-${r + 1}`;
      const reportingEnv = {
        ...env,
        REPORTING_GROUP_ID: this.reportingGroupId,
        ...(this.opts.sessionTimeoutMs ? { REPORTING_SESSION_TIMEOUT_MS: String(this.opts.sessionTimeoutMs) } : {}),
      };
      this.reporting.push(new ServiceProcess({ name, main: mainOf('reporting'), port: ports[names.length + r], env: reportingEnv, logFile: logPath(this.runDir, name) }));
    }
    // They race to create the database and to migrate; ensureDatabase and the migration lock settle both.
    await Promise.all([...this.caseServices.values()].map((s) => s.start()));
    if (this.opts.startReporting !== false) await this.startReporting();
  }
}

async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<ReturnType<typeof createServer>>((ok, fail) => {
      const server = createServer();
      server.once('error', fail);
      server.listen(0, '127.0.0.1', () => ok(server));
    })),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
  return ports;
}
