import { Topics, TOPIC_PARTITIONS } from '@casetrack/contracts';
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';

const ROOT = resolve(__dirname, '../..');
const JARS = join(ROOT, '.infra/kafka/libs');
const PROPS_TEMPLATE = join(ROOT, 'infra/kafka/server.properties');
const LOG4J = join(ROOT, 'infra/kafka/log4j.properties');

export interface PrivateKafkaOptions {
  /** Topics to create on first start (6 partitions each, like the shared broker). */
  topics?: readonly string[];
  startTimeoutMs?: number;
}

// A broker left running by a crashed test run would hold memory and ports: kill them when we exit.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * A single-node KRaft broker of its own for one test, on free ports and a temporary data dir, so a
 * test can stop and restart Kafka without touching the broker everyone else uses on 9092. It uses
 * the jars `scripts/infra/kafka.sh up` fetched and that script's server.properties template.
 */
export class PrivateKafka {
  readonly brokers: string[];
  /** How long each start took (ms), first start (format + topics) included. */
  readonly startDurations: number[] = [];
  private child?: ChildProcess;
  private exited?: Promise<void>;
  private formatted = false;

  private constructor(
    private readonly dir: string,
    private readonly port: number,
    private readonly controllerPort: number,
    private readonly topics: readonly string[],
    private readonly startTimeoutMs: number,
  ) {
    this.brokers = [`127.0.0.1:${port}`];
  }

  /** Allocates ports and a data dir and starts the broker with its topics; call `dispose()` in afterAll. */
  static async start(opts: PrivateKafkaOptions = {}): Promise<PrivateKafka> {
    if (!existsSync(JARS)) throw new Error(`no Kafka jars in ${JARS}: run 'bash scripts/infra/kafka.sh up' once to fetch them`);
    const [port, controllerPort] = await freePorts(2);
    const dir = mkdtempSync(join(tmpdir(), 'casetrack-kafka-'));
    const broker = new PrivateKafka(dir, port, controllerPort, opts.topics ?? [Topics.mediation], opts.startTimeoutMs ?? 90_000);
    try {
      await broker.start();
    } catch (err) {
      await broker.dispose();
      throw err;
    }
    return broker;
  }

  /** Starts (or restarts) the broker on the same ports and data dir; resolves once its topics have leaders. */
  async start(): Promise<void> {
    if (this.child) throw new Error('private broker already running');
    const t0 = Date.now();
    if (!this.formatted) {
      this.writeProperties();
      await this.java(['kafka.tools.StorageTool', 'format', '--ignore-formatted', '-t', kafkaUuid(), '-c', this.propsFile]);
      this.formatted = true;
    }
    this.launch();
    try {
      await this.waitUntilServing(t0 + this.startTimeoutMs);
    } catch (err) {
      await this.stop();
      throw new Error(`${(err as Error).message}\n${this.logTail()}`);
    }
    this.startDurations.push(Date.now() - t0);
  }

  /** SIGTERM (controlled shutdown) and waits for the process to exit; SIGKILL after 30 s. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await this.exited;
    clearTimeout(timer);
  }

  /** Stops the broker and deletes its data dir. */
  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private get propsFile() {
    return join(this.dir, 'server.properties');
  }

  private writeProperties(): void {
    let text = readFileSync(PROPS_TEMPLATE, 'utf8')
      .replaceAll('@KAFKA_PORT@', String(this.port))
      .replaceAll('@KAFKA_CONTROLLER_PORT@', String(this.controllerPort))
      .replaceAll('@LOG_DIRS@', join(this.dir, 'data'));
    // The template has these already; set them explicitly because the tests depend on them.
    text = setProperties(text, {
      'auto.create.topics.enable': 'false',
      'group.initial.rebalance.delay.ms': '0',
      'offsets.topic.replication.factor': '1',
      'transaction.state.log.replication.factor': '1',
      'transaction.state.log.min.isr': '1',
      // One partition instead of 50: creating __consumer_offsets is then quick on a fresh broker.
      'offsets.topic.num.partitions': '1',
      'transaction.state.log.num.partitions': '1',
    });
    writeFileSync(this.propsFile, text);
  }

  private jvmArgs(): string[] {
    return [`-Dlog4j.configuration=file:${LOG4J}`, `-Dkafka.logs.dir=${join(this.dir, 'logs')}`, '-cp', `${JARS}/*`];
  }

  private async java(args: string[]): Promise<void> {
    try {
      await promisify(execFile)(javaBin(), [...this.jvmArgs(), ...args], { timeout: 60_000 });
    } catch (err) {
      const e = err as Error & { stdout?: string; stderr?: string };
      throw new Error(`${args[0]} failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
    }
  }

  private launch(): void {
    const out = openSync(join(this.dir, 'kafka.out'), 'a');
    // C1 only and the serial collector: a test broker starts faster and takes less of the shared CPU.
    const jvm = ['-Xms128m', '-Xmx512m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Djava.awt.headless=true'];
    const child = spawn(javaBin(), [...jvm, ...this.jvmArgs(), 'kafka.Kafka', this.propsFile], { stdio: ['ignore', out, out] });
    closeSync(out);
    running.add(child);
    watchdog(child.pid!);
    this.child = child;
    this.exited = new Promise((done) =>
      child.once('exit', () => {
        running.delete(child);
        if (this.child === child) this.child = undefined;
        done();
      }),
    );
  }

  private async waitUntilServing(deadline: number): Promise<void> {
    while (!(await portOpen(this.port))) {
      if (!this.child) throw new Error('private broker exited during start-up');
      if (Date.now() > deadline) throw new Error(`private broker did not open port ${this.port} in time`);
      await sleep(200);
    }
    const kafka = new Kafka({ clientId: 'private-kafka', brokers: this.brokers, logLevel: logLevel.NOTHING, retry: { retries: 2 } });
    const admin = kafka.admin();
    try {
      for (;;) {
        try {
          await admin.connect();
          const cluster = await admin.describeCluster();
          if (cluster.controller !== null) {
            const existing = new Set(await admin.listTopics());
            const missing = this.topics.filter((t) => !existing.has(t));
            if (missing.length > 0)
              await admin.createTopics({
                waitForLeaders: true,
                topics: missing.map((topic) => ({ topic, numPartitions: TOPIC_PARTITIONS, replicationFactor: 1 })),
              });
            const { topics } = await admin.fetchTopicMetadata({ topics: [...this.topics] });
            if (topics.every((t) => t.partitions.length === TOPIC_PARTITIONS && t.partitions.every((p) => p.leader >= 0))) {
              // Ready means clients get no "coordinator is loading" either: the group coordinator
              // (creates __consumer_offsets) and producer ids for idempotent producers answer.
              await admin.describeGroups(['private-kafka-probe']);
              const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
              await producer.connect();
              await producer.disconnect();
              return;
            }
          }
        } catch {
          // Still electing or replaying its metadata log: ask again.
        }
        if (!this.child) throw new Error('private broker exited during start-up');
        if (Date.now() > deadline) throw new Error('private broker did not serve its topics in time');
        await admin.disconnect().catch(() => undefined);
        await sleep(250);
      }
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  private logTail(): string {
    const file = join(this.dir, 'kafka.out');
    if (!existsSync(file)) return '';
    return `--- ${file} ---\n${readFileSync(file, 'utf8').split('\n').slice(-30).join('\n')}`;
  }
}

/**
 * A detached process that SIGKILLs the broker if this process dies without running its exit hook
 * (e.g. jest killed with SIGKILL), so no orphaned broker outlives the test run.
 */
function watchdog(brokerPid: number): void {
  const script = `const [parent, broker] = process.argv.slice(1).map(Number);
    const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };
    setInterval(() => {
      if (!alive(broker)) process.exit(0);
      if (!alive(parent)) { try { process.kill(broker, 'SIGKILL'); } catch {} process.exit(0); }
    }, 1000);`;
  spawn(process.execPath, ['-e', script, String(process.pid), String(brokerPid)], { detached: true, stdio: 'ignore' }).unref();
}

function javaBin(): string {
  const home = process.env.JAVA_HOME;
  return home && existsSync(join(home, 'bin/java')) ? join(home, 'bin/java') : 'java';
}

/** A random Kafka cluster id (16 bytes, base64url without padding), as `StorageTool random-uuid` prints. */
function kafkaUuid(): string {
  // Never with a leading '-': StorageTool's argument parser would read it as an option (Kafka's own
  // random-uuid avoids it the same way).
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

function setProperties(text: string, settings: Record<string, string>): string {
  for (const [key, value] of Object.entries(settings)) {
    const line = new RegExp(`^${key.replace(/\./g, '\\.')}=.*$`, 'm');
    text = line.test(text) ? text.replace(line, `${key}=${value}`) : `${text.trimEnd()}\n${key}=${value}\n`;
  }
  return text;
}

/**
 * Ports for the broker, which binds them seconds later (a JVM start, after the storage format). Not
 * from listen(0): a port the kernel hands out and takes back is in its ephemeral range again at once
 * (net.ipv4.ip_local_port_range, 32768–60999 by default), where every listen(0) of the services the
 * other jest worker starts meanwhile takes its port — one could bind the broker's before it does.
 * Below that range only the processes that pick their ports as this does compete.
 */
async function freePorts(count: number): Promise<number[]> {
  let ephemeralLow = 32_768;
  try {
    ephemeralLow = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || ephemeralLow;
  } catch {
    // Not Linux: the default range.
  }
  if (ephemeralLow <= 20_000) return ephemeralPorts(count);
  const ports: number[] = [];
  while (ports.length < count) {
    const port = randomInt(20_000, ephemeralLow);
    if (!ports.includes(port) && (await canBind(port))) ports.push(port);
  }
  return ports;
}

function canBind(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

async function ephemeralPorts(count: number): Promise<number[]> {
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

function portOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = new Socket();
    const finish = (open: boolean) => {
      socket.destroy();
      done(open);
    };
    socket.setTimeout(1_000, () => finish(false));
    socket.once('error', () => finish(false));
    socket.connect(port, '127.0.0.1', () => finish(true));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
