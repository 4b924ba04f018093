import { Kafka, Message, Producer } from 'kafkajs';
import { Client } from 'pg';
import { createEventProducer } from '../kafka/kafka-client';
import { outboxChannel } from '../outbox/outbox.writer';

export interface RelayOptions {
  databaseUrl: string;
  schema: string;
  kafka: Kafka;
  batchSize?: number;
  /** Fallback poll when no NOTIFY arrives (e.g. a notification lost while reconnecting). */
  pollIntervalMs?: number;
  /** How often a standby relay retries the leadership lock. */
  standbyRetryMs?: number;
  /** Sent rows older than this are deleted; the topic is the record. */
  retentionHours?: number;
  /** How long to wait after a wake-up before reading, so rows committed together go out together. */
  lingerMs?: number;
  log?: (message: string) => void;
}

interface OutboxRow {
  id: string;
  topic: string;
  partition_key: string;
  value: string;
}

/**
 * Publishes a service's outbox to Kafka. Only one relay per schema is active at a time (a
 * session-level advisory lock held on its own connection), so rows go out in id order and each
 * case's events reach its partition in order. Kafka or PostgreSQL being down only delays events:
 * the relay retries with back-off and rows stay unsent until Kafka has acknowledged them.
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly standbyRetryMs: number;
  private readonly retentionHours: number;
  private readonly lingerMs: number;
  private readonly log: (message: string) => void;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  /** A wake-up that arrived while the loop was busy; the next idle returns at once. */
  private wakePending = false;
  private client?: Client;
  private producer?: Producer;
  private producerConnected = false;
  private lastCleanup = 0;
  /** True while this instance holds the lock and publishes. */
  active = false;
  /** Rows published since start (for benchmarks and tests). */
  published = 0;

  constructor(private readonly opts: RelayOptions) {
    this.batchSize = opts.batchSize ?? 1000;
    this.pollIntervalMs = opts.pollIntervalMs ?? 1000;
    this.standbyRetryMs = opts.standbyRetryMs ?? 2000;
    this.retentionHours = opts.retentionHours ?? 24 * 7;
    this.lingerMs = opts.lingerMs ?? 10;
    this.log = opts.log ?? (() => undefined);
  }

  /** Starts the relay loop in the background; returns at once. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops publishing, releases the lock and disconnects. */
  async stop(): Promise<void> {
    this.running = false;
    this.nudge();
    await this.loop;
    await this.disconnect();
  }

  private async run(): Promise<void> {
    let backoff = 100;
    while (this.running) {
      try {
        await this.connect();
        if (!(await this.tryLead())) {
          await this.idle(this.standbyRetryMs);
          continue;
        }
        backoff = 100;
        await this.publishWhileLeading();
      } catch (err) {
        this.log(`outbox relay (${this.opts.schema}): ${(err as Error).message}; retrying in ${backoff} ms`);
        await this.disconnect();
        await this.idle(backoff);
        backoff = Math.min(backoff * 2, 5_000);
      }
    }
  }

  private async connect(): Promise<void> {
    if (this.client) return;
    const client = new Client({ connectionString: this.opts.databaseUrl, application_name: `${this.opts.schema}-relay` });
    client.on('error', () => {
      // The connection broke: drop it; the loop reconnects and re-takes the lock.
      if (this.client === client) this.client = undefined;
      this.active = false;
      this.nudge();
    });
    client.on('notification', () => this.nudge());
    await client.connect();
    this.client = client;
  }

  private async tryLead(): Promise<boolean> {
    if (this.active) return true;
    const { rows } = await this.client!.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [
      `casetrack.relay.${this.opts.schema}`,
    ]);
    if (!rows[0].locked) return false;
    await this.client!.query(`LISTEN "${outboxChannel(this.opts.schema)}"`);
    this.active = true;
    this.log(`outbox relay (${this.opts.schema}) is active`);
    return true;
  }

  private async publishWhileLeading(): Promise<void> {
    while (this.running && this.active && this.client) {
      const client = this.client;
      const { rows } = await client.query<OutboxRow>(
        `SELECT id, topic, partition_key, value FROM "${this.opts.schema}".outbox
          WHERE sent_at IS NULL ORDER BY id LIMIT $1`,
        [this.batchSize],
      );
      if (rows.length > 0) {
        await this.send(rows);
        await client.query(`UPDATE "${this.opts.schema}".outbox SET sent_at = now() WHERE id = ANY($1::bigint[])`, [
          rows.map((r) => r.id),
        ]);
        this.published += rows.length;
      }
      await this.cleanupIfDue(client);
      if (rows.length < this.batchSize) {
        await this.idle(this.pollIntervalMs);
        // Let the commits of a burst gather into one batch: a few ms of latency, far fewer round trips.
        if (this.lingerMs > 0 && this.running) await new Promise((r) => setTimeout(r, this.lingerMs));
      }
    }
  }

  private async send(rows: OutboxRow[]): Promise<void> {
    if (!this.producer) this.producer = createEventProducer(this.opts.kafka);
    if (!this.producerConnected) {
      await this.producer.connect();
      this.producerConnected = true;
    }
    const byTopic = new Map<string, Message[]>();
    for (const row of rows) {
      const messages = byTopic.get(row.topic) ?? [];
      messages.push({ key: row.partition_key, value: row.value });
      byTopic.set(row.topic, messages);
    }
    try {
      await this.producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
      });
    } catch (err) {
      // A fresh producer after a failure: KafkaJS can leave an idempotent producer's sequence state stale.
      await this.producer.disconnect().catch(() => undefined);
      this.producer = undefined;
      this.producerConnected = false;
      throw new Error(`publishing ${rows.length} event(s) failed: ${(err as Error).message}`);
    }
  }

  private async cleanupIfDue(client: Client): Promise<void> {
    if (Date.now() - this.lastCleanup < 60_000) return;
    this.lastCleanup = Date.now();
    await client.query(
      `DELETE FROM "${this.opts.schema}".outbox WHERE sent_at < now() - make_interval(hours => $1)`,
      [this.retentionHours],
    );
  }

  private nudge(): void {
    if (this.wake) this.wake();
    else this.wakePending = true;
  }

  private idle(ms: number): Promise<void> {
    if (this.wakePending) {
      this.wakePending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.wake = finish;
    });
  }

  private async disconnect(): Promise<void> {
    this.active = false;
    const client = this.client;
    this.client = undefined;
    if (client) await client.end().catch(() => undefined);
    if (this.producer && this.producerConnected) await this.producer.disconnect().catch(() => undefined);
    this.producer = undefined;
    this.producerConnected = false;
  }
}

