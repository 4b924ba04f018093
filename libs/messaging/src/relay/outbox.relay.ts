import { Kafka, Message, Producer } from 'kafkajs';
import { Client } from 'pg';
import { createEventProducer } from '../kafka/kafka-client';
import { outboxChannel, outboxIdleLockArgs } from '../outbox/outbox-insert';

export interface RelayOptions {
  databaseUrl: string;
  schema: string;
  kafka: Kafka;
  /** Most rows read per batch. */
  batchSize?: number;
  /**
   * Most bytes (keys + values + per-record overhead) sent in one produce request. Kafka refuses a
   * partition's record batch over max.message.bytes (1 MiB by default) and a campaign's events all
   * share one partition, so this stays safely below it. A single event over it is quarantined.
   */
  maxBatchBytes?: number;
  /** Sent rows deleted per clean-up statement; the clean-up runs one statement between publishes. */
  cleanupBatchSize?: number;
  /** Fallback poll when no NOTIFY arrives (e.g. a notification lost while reconnecting). */
  pollIntervalMs?: number;
  /** How often a standby relay retries the leadership lock. */
  standbyRetryMs?: number;
  /** Sent rows older than this are deleted; the topic is the record. */
  retentionHours?: number;
  /** How long to wait after a wake-up before reading, so rows committed together go out together. */
  lingerMs?: number;
  log?: (message: string) => void;
  observer?: RelayObserver;
}

/** What a relay reports as it goes (metrics). */
export interface RelayObserver {
  /** One produce request acknowledged by Kafka and its rows marked sent: how many events it carried. */
  published?(events: number): void;
  /** A pass of the relay loop failed (Kafka or PostgreSQL away, a refused request); it retries with back-off. */
  failed?(): void;
  /** An event set aside for good (too large to ever send). */
  quarantined?(): void;
}

interface OutboxRow {
  id: string;
  topic: string;
  partition_key: string;
  value: string;
  traceparent: string | null;
}

/** Default produce size: ~880 KiB, well below the broker's 1 MiB (1,048,588-byte) record batch limit. */
export const DEFAULT_RELAY_MAX_BATCH_BYTES = 900_000;

/**
 * What a record adds to a produce request besides its key and value: the record header and
 * varints (~20 bytes), plus room for headers, the record batch header (61 bytes) shared by a
 * partition's records and the request framing. Generous on purpose: an estimate, not a count.
 */
const RECORD_OVERHEAD_BYTES = 100;
const REQUEST_OVERHEAD_BYTES = 1_024;

/** Longest wait between reads while a writer holds the idle lock shared (its rows come without a NOTIFY). */
const MAX_BUSY_WAIT_MS = 100;

/** The bytes a row takes in a produce request, estimated from above. */
export function outboxRowBytes(row: { partition_key: string; value: string; topic: string; traceparent?: string | null }): number {
  return Buffer.byteLength(row.partition_key) + Buffer.byteLength(row.value) + Buffer.byteLength(row.topic) + (row.traceparent?.length ?? 0) + RECORD_OVERHEAD_BYTES;
}

/**
 * Publishes a service's outbox to Kafka. Only one relay per schema is active at a time (a
 * session-level advisory lock held on its own connection), so rows go out in id order and each
 * case's events reach its partition in order. Kafka or PostgreSQL being down only delays events:
 * the relay retries with back-off and rows stay unsent until Kafka has acknowledged them.
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly maxBatchBytes: number;
  private readonly cleanupBatchSize: number;
  /** Bytes per produce request; lowered (never below one row) when the broker refuses a batch as too large. */
  private batchBytes: number;
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
  /** True while this session holds the idle lock: writers then NOTIFY (see outboxWakeCondition). */
  private idleLocked = false;
  private client?: Client;
  private producer?: Producer;
  private producerConnected = false;
  private lastCleanup = 0;
  /** True from a due clean-up until a statement deletes fewer rows than its limit. */
  private cleanupPending = false;
  /** True while this instance holds the lock and publishes. */
  active = false;
  /** Rows published since start (for benchmarks and tests). */
  published = 0;
  /** Rows quarantined since start: each one is an event its case's consumers will never see. */
  quarantined = 0;
  /** Sent rows deleted by the clean-up since start, and the DELETE statements that did it. */
  cleanedUp = 0;
  cleanupStatements = 0;

  constructor(private readonly opts: RelayOptions) {
    this.batchSize = opts.batchSize ?? 1000;
    this.maxBatchBytes = opts.maxBatchBytes ?? DEFAULT_RELAY_MAX_BATCH_BYTES;
    this.cleanupBatchSize = opts.cleanupBatchSize ?? 5_000;
    this.batchBytes = this.maxBatchBytes;
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
        this.opts.observer?.failed?.();
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
      this.idleLocked = false;
      this.nudge();
    });
    client.on('notification', () => this.nudge());
    await client.connect();
    // The relay's own commits (rows marked sent or quarantined, the clean-up) need not wait for the
    // WAL flush: one lost in a PostgreSQL crash is redone — a batch sent twice, which consumers'
    // inboxes drop — never an event lost. The commands' commits are not affected.
    await client.query('SET synchronous_commit TO off');
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

  /**
   * The publish loop, pipelined: while Kafka has batch N, the connection marks batch N-1 sent and
   * reads batch N+1 (which leaves out N's rows), so a batch costs the slower of the two sides, not
   * their sum. Order holds: batch N+1 is sent only once N is acknowledged (one request in flight),
   * and a row is marked sent only once Kafka has acknowledged it.
   */
  private async publishWhileLeading(): Promise<void> {
    let busyWaitMs = this.minBusyWaitMs();
    /** The next batch's read, started while the current batch was in flight. */
    let prefetched: Promise<OutboxRow[]> | undefined;
    /** The UPDATE marking the previous batch sent, running while the current batch is in flight. */
    let marking: Promise<void> | undefined;
    try {
      while (this.running && this.active && this.client) {
        const client = this.client;
        const rows = await (prefetched ?? this.read(client));
        prefetched = undefined;
        // Busy again: writers go back to their cheap path (no NOTIFY).
        if (rows.length > 0) {
          if (this.idleLocked) await this.releaseIdleLock(client);
          busyWaitMs = this.minBusyWaitMs();
        }
        const batch = await this.takeBatch(client, rows);
        // A batch cut short by the byte limit (or by a quarantine) leaves rows waiting: go on at once.
        const moreWaiting = rows.length === this.batchSize || batch.length < rows.length;
        if (batch.length > 0) {
          const sending = this.sendOrQuarantine(client, batch);
          if (moreWaiting) prefetched = quiet(this.read(client, batch));
          const sent = await sending.catch(async (err: unknown) => {
            await Promise.allSettled([prefetched, marking]);
            throw err;
          });
          await marking; // queued before the prefetch: done by now
          marking = undefined;
          if (!sent) {
            // Refused as too large: its rows are unsent and left out of the prefetch; read afresh.
            await prefetched?.catch(() => undefined);
            prefetched = undefined;
            continue;
          }
          if (moreWaiting) {
            // The clean-up's one statement per pass goes on the connection behind the UPDATE, still beside the next send.
            marking = quiet(this.markSent(client, batch).then(() => this.cleanupIfDue(client)));
            continue;
          }
          await this.markSent(client, batch);
        }
        // Not pipelining (nothing sent, or the outbox drained): whatever UPDATE still runs is awaited here.
        await marking;
        marking = undefined;
        await this.cleanupIfDue(client);
        if (moreWaiting || this.cleanupPending) continue;
        if (!this.idleLocked) {
          // Not asleep before a read taken after the idle lock was granted has found nothing: the
          // lock waits for every writer that skipped its NOTIFY, and their rows are visible once it is granted.
          if (await this.takeIdleLock(client)) continue;
          // A writer is between its INSERT and its commit: its rows come without a NOTIFY; look again soon.
          await this.idle(busyWaitMs);
          busyWaitMs = Math.min(busyWaitMs * 2, MAX_BUSY_WAIT_MS);
          continue;
        }
        if (!(await this.idle(this.pollIntervalMs))) continue; // the fallback poll: read again, still asleep for writers
        await this.releaseIdleLock(client);
        // Let the commits of a burst gather into one batch: a few ms of latency, far fewer round trips.
        if (this.lingerMs > 0 && this.running) await new Promise((r) => setTimeout(r, this.lingerMs));
      }
      await marking;
    } finally {
      // Leaving on an error (or a lost lead): nothing may be left running unobserved on the connection.
      await Promise.allSettled([prefetched, marking]);
    }
  }

  /**
   * The oldest unsent rows, in id order. `inFlight`: a batch sent but not yet marked, left out —
   * but not the rows below its last id that it lacks (committed after it was read: their case's
   * later events cannot be in it), so they go out next, in order.
   */
  private async read(client: Client, inFlight?: readonly OutboxRow[]): Promise<OutboxRow[]> {
    const columns = `SELECT id, topic, partition_key, value, traceparent FROM "${this.opts.schema}".outbox WHERE sent_at IS NULL AND quarantined_at IS NULL`;
    if (!inFlight) return (await client.query<OutboxRow>(`${columns} ORDER BY id LIMIT $1`, [this.batchSize])).rows;
    const { rows } = await client.query<OutboxRow>(`${columns} AND (id > $2 OR id <> ALL($3::bigint[])) ORDER BY id LIMIT $1`, [
      this.batchSize,
      inFlight[inFlight.length - 1].id,
      inFlight.map((r) => r.id),
    ]);
    return rows;
  }

  /** Marks an acknowledged batch sent, in one statement (its commit need not wait for the WAL flush: see connect). */
  private async markSent(client: Client, batch: readonly OutboxRow[]): Promise<void> {
    await client.query(`UPDATE "${this.opts.schema}".outbox SET sent_at = now() WHERE id = ANY($1::bigint[])`, [batch.map((r) => r.id)]);
    this.published += batch.length;
    this.opts.observer?.published?.(batch.length);
  }

  private minBusyWaitMs(): number {
    return Math.max(this.lingerMs, 1);
  }

  /** Takes the idle lock (session-level, exclusive); false while a writer holds it shared. */
  private async takeIdleLock(client: Client): Promise<boolean> {
    const { rows } = await client.query(`SELECT pg_try_advisory_lock(${outboxIdleLockArgs(this.opts.schema)}) AS locked`);
    this.idleLocked = rows[0].locked === true;
    return this.idleLocked;
  }

  private async releaseIdleLock(client: Client): Promise<void> {
    this.idleLocked = false;
    await client.query(`SELECT pg_advisory_unlock(${outboxIdleLockArgs(this.opts.schema)})`);
  }

  /**
   * The leading rows that fit in one produce request. A row too large to ever be sent is
   * quarantined (and the rows after it proceed): retrying it would stall its partition for good.
   */
  private async takeBatch(client: Client, rows: OutboxRow[]): Promise<OutboxRow[]> {
    const batch: OutboxRow[] = [];
    let bytes = REQUEST_OVERHEAD_BYTES;
    for (const row of rows) {
      const size = outboxRowBytes(row);
      if (REQUEST_OVERHEAD_BYTES + size > this.maxBatchBytes) {
        // Stop here when rows are already taken, so the quarantine keeps to outbox order.
        if (batch.length > 0) break;
        await this.quarantine(client, row, `event of ${size} bytes exceeds the relay's limit of ${this.maxBatchBytes} bytes per produce request`);
        continue;
      }
      // One row always goes (it fits the configured limit); only the broker can still refuse it.
      if (batch.length > 0 && bytes + size > this.batchBytes) break;
      bytes += size;
      batch.push(row);
    }
    return batch;
  }

  /**
   * Sends a batch; true when Kafka acknowledged it. When the broker refuses it as too large (a
   * topic with a lower max.message.bytes than RELAY_MAX_BATCH_BYTES assumes), later batches are
   * made smaller, and a single refused row is quarantined; any other failure is thrown (retried).
   */
  private async sendOrQuarantine(client: Client, batch: OutboxRow[]): Promise<boolean> {
    try {
      await this.send(batch);
      return true;
    } catch (err) {
      if (!isTooLarge(err)) throw err;
      if (batch.length === 1) {
        await this.quarantine(client, batch[0], `the broker refused the event as too large (${(err as Error).message})`);
        return false;
      }
      this.batchBytes = Math.max(Math.floor(this.batchBytes / 2), 1);
      this.log(`outbox relay (${this.opts.schema}): the broker refused ${batch.length} event(s) as too large; sending at most ${this.batchBytes} bytes per request from now on`);
      return false;
    }
  }

  private async quarantine(client: Client, row: OutboxRow, reason: string): Promise<void> {
    await client.query(`UPDATE "${this.opts.schema}".outbox SET quarantined_at = now(), quarantine_reason = $2 WHERE id = $1`, [row.id, reason]);
    this.quarantined++;
    this.opts.observer?.quarantined?.();
    this.log(
      `outbox relay (${this.opts.schema}): QUARANTINED outbox row ${row.id} (topic ${row.topic}, case ${row.partition_key}): ${reason}; ` +
        `later events of this case are published without it`,
    );
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
      // The request's trace goes as a header (W3C Trace Context over Kafka): the envelope, a versioned contract, stays as it is.
      messages.push({ key: row.partition_key, value: row.value, ...(row.traceparent ? { headers: { traceparent: row.traceparent } } : {}) });
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
      throw new Error(`publishing ${rows.length} event(s) failed: ${(err as Error).message}`, { cause: err });
    }
  }

  /**
   * Deletes old sent rows, one bounded statement per pass of the publish loop (the partial index
   * on sent_at finds them), so a large backlog of sent rows never holds up publishing.
   */
  private async cleanupIfDue(client: Client): Promise<void> {
    if (!this.cleanupPending && Date.now() - this.lastCleanup >= 60_000) {
      this.lastCleanup = Date.now();
      this.cleanupPending = true;
    }
    if (!this.cleanupPending) return;
    const { rowCount } = await client.query(
      `DELETE FROM "${this.opts.schema}".outbox WHERE id IN (
         SELECT id FROM "${this.opts.schema}".outbox
          WHERE sent_at IS NOT NULL AND sent_at < now() - make_interval(hours => $1) LIMIT $2)`,
      [this.retentionHours, this.cleanupBatchSize],
    );
    this.cleanupStatements++;
    this.cleanedUp += rowCount ?? 0;
    if ((rowCount ?? 0) < this.cleanupBatchSize) this.cleanupPending = false;
  }

  private nudge(): void {
    if (this.wake) this.wake();
    else this.wakePending = true;
  }

  /** Waits `ms` or until nudged (a NOTIFY, a broken connection, stop); true when nudged. */
  private idle(ms: number): Promise<boolean> {
    if (this.wakePending) {
      this.wakePending = false;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const finish = (nudged: boolean) => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve(nudged);
      };
      const timer = setTimeout(() => finish(false), ms);
      this.wake = () => finish(true);
    });
  }

  private async disconnect(): Promise<void> {
    this.active = false;
    this.idleLocked = false; // a session lock: it ends with the connection
    const client = this.client;
    this.client = undefined;
    if (client) await client.end().catch(() => undefined);
    if (this.producer && this.producerConnected) await this.producer.disconnect().catch(() => undefined);
    this.producer = undefined;
    this.producerConnected = false;
  }
}


/** The same promise, with its rejection marked handled (it is awaited, or settled, later). */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** Whether a send failed because the broker found a record batch or request too large. */
function isTooLarge(err: unknown): boolean {
  for (let e = err as { type?: string; cause?: unknown; originalError?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (e.type === 'MESSAGE_TOO_LARGE' || e.type === 'RECORD_LIST_TOO_LARGE') return true;
    e = (e.cause ?? e.originalError) as typeof e;
  }
  return false;
}
