import { CaseEvent, Topics } from '@casetrack/contracts';
import { Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { DataSource, EntityManager } from 'typeorm';
import { createEventProducer } from '../kafka/kafka-client';
import { applyOnce } from './apply-once';
import { DeadLetter, DeadLetterKind, readMessage } from './dead-letter';
import { EventProjection } from './event-projection';
import { isTransientError } from './transient-error';

/** What a consumer reports as it goes (metrics); each call comes after the database commit it describes. */
export interface ConsumerObserver {
  /** Events of a committed batch: applied (new to the inbox) and skipped as already applied. */
  batchCommitted?(counts: { applied: number; duplicates: number }): void;
  /** Dead letters newly recorded by a committed batch, per kind. */
  deadLettersRecorded?(kind: DeadLetterKind, count: number): void;
  /** A failed attempt at a batch: transient (retried without counting) or counted toward maxAttempts. */
  attemptFailed?(transient: boolean): void;
}

export interface ExactlyOnceConsumerOptions {
  kafka: Kafka;
  dataSource: DataSource;
  /** Schema holding the inbox, consumer_offsets and dead_letters tables. */
  schema: string;
  groupId: string;
  topics: readonly string[];
  projection: EventProjection;
  deadLetterTopic?: string;
  /** Where a new consumer group starts; true for projections (they are rebuilt from offset 0). */
  fromBeginning?: boolean;
  sessionTimeoutMs?: number;
  maxBytesPerPartition?: number;
  /**
   * Partitions applied at once, each batch in its own transaction (default 1). More lets one
   * partition's database work overlap the next one's decoding; per-case order holds (a case is one
   * partition, and a partition's batches still come one after the other). Projections write rows in
   * key order, so concurrent batches on shared rollup rows wait for each other rather than deadlock
   * (and a deadlock would be transient: retried).
   */
  partitionsConsumedConcurrently?: number;
  /**
   * Failed attempts at a batch (errors that are not transient) before its events are applied one
   * at a time and each one that still fails is dead-lettered; default 5.
   */
  maxAttempts?: number;
  log?: (message: string) => void;
  /** Told of each batch once it is committed: where it was, what it applied, and the traces its events came with. */
  onApplied?: (batch: AppliedBatch) => void;
  observer?: ConsumerObserver;
  /** Fault injection for tests: runs after the database commit and before the offset commit. */
  afterDatabaseCommit?: (batch: { topic: string; partition: number; lastOffset: string }) => Promise<void>;
}

/** Most bytes of dead letters per produce request: below the broker's 1 MiB message limit, like the relay's requests. */
const DEAD_LETTER_REQUEST_BYTES = 900_000;

/** Broker answers meaning this member no longer owns its partitions; the KafkaJS runner rejoins on them. */
const GROUP_MOVED_ON = new Set(['UNKNOWN_MEMBER_ID', 'ILLEGAL_GENERATION', 'REBALANCE_IN_PROGRESS', 'NOT_COORDINATOR_FOR_GROUP']);

/** A batch the consumer has committed (database and offset). */
export interface AppliedBatch {
  topic: string;
  partition: number;
  firstOffset: string;
  lastOffset: string;
  /** Events new to the inbox, applied by this batch. */
  applied: number;
  /** Events the inbox already had. */
  duplicates: number;
  /**
   * The distinct trace ids of the batch's events, from their `traceparent` headers (set by the relay
   * from the request that wrote them), in offset order; events without one add none.
   */
  traceIds: string[];
}

/** The trace id of a record's W3C `traceparent` header (`00-<trace id>-<parent id>-<flags>`), if it has a well-formed one. */
export function recordTraceId(message: Pick<KafkaMessage, 'headers'>): string | undefined {
  const raw = message.headers?.traceparent;
  const value = Array.isArray(raw) ? raw[0] : raw;
  const m = value === undefined ? null : /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}/.exec(value.toString().toLowerCase());
  return m && !/^0+$/.test(m[1]) ? m[1] : undefined;
}

/**
 * Consumes case topics with the exactly-once effect: each batch's new events are applied and
 * their ids recorded (inbox) in one database transaction, and only then are offsets committed.
 * A redelivered event is found in the inbox and changes nothing. A message that cannot be parsed
 * or validated, or whose type the projection does not handle, goes to the dead-letter topic with
 * the reason and is recorded, message and all, in the dead_letters table (for DeadLetterReplay),
 * and the partition moves on. So does a valid event whose projection keeps failing:
 * after `maxAttempts` failed attempts at its batch, the batch's events are applied one at a time
 * (each in a savepoint) and the ones that fail are dead-lettered. Transient errors (connection
 * lost, serialization failure, deadlock, shutdown) are retried without being counted.
 */
export class ExactlyOnceConsumer {
  private consumer?: Consumer;
  /** Connected on first use; shared by concurrent batches, which all wait for the one connection. */
  private deadLetterProducer?: Promise<Producer>;
  private readonly log: (message: string) => void;
  private readonly maxAttempts: number;
  /** Per partition, the first offset of the batch that keeps failing and its failed attempts. */
  private readonly failures = new Map<string, { offset: string; attempts: number }>();
  /** Events applied (new to the inbox) since start. */
  applied = 0;
  /** Events skipped because the inbox already had them. */
  duplicates = 0;
  /** Messages sent to the dead-letter topic since start. */
  deadLettered = 0;
  /** Failed attempts at a batch since start: counted ones (toward maxAttempts) and transient ones. */
  failedAttempts = 0;
  transientFailures = 0;

  constructor(private readonly opts: ExactlyOnceConsumerOptions) {
    this.log = opts.log ?? (() => undefined);
    this.maxAttempts = opts.maxAttempts ?? 5;
  }

  /** Connects, subscribes and starts consuming in the background. */
  async start(): Promise<void> {
    const consumer = this.opts.kafka.consumer({
      groupId: this.opts.groupId,
      sessionTimeout: this.opts.sessionTimeoutMs ?? 30_000,
      heartbeatInterval: 3_000,
      maxBytesPerPartition: this.opts.maxBytesPerPartition ?? 4 * 1024 * 1024,
      maxBytes: 32 * 1024 * 1024,
      // Under load the broker answers once 16 KiB (~25 events) are waiting, so a batch — one
      // transaction — carries many events instead of one or two; when idle it still answers
      // within maxWaitTimeInMs, so an event waits at most that long.
      minBytes: 16 * 1024,
      maxWaitTimeInMs: 500,
      allowAutoTopicCreation: false,
      retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 10_000 },
    });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics: [...this.opts.topics], fromBeginning: this.opts.fromBeginning ?? true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: true,
      partitionsConsumedConcurrently: this.opts.partitionsConsumedConcurrently ?? 1,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  /** Leaves the group and disconnects; offsets of applied batches are already committed. */
  async stop(): Promise<void> {
    await this.consumer?.disconnect().catch(() => undefined);
    await this.deadLetterProducer?.then((p) => p.disconnect()).catch(() => undefined);
    this.consumer = undefined;
    this.deadLetterProducer = undefined;
  }

  private async handleBatch({ batch, heartbeat }: EachBatchPayload): Promise<void> {
    if (batch.messages.length === 0) return;
    const events: CaseEvent[] = [];
    const messageOf = new Map<CaseEvent, KafkaMessage>();
    const dead: DeadLetter[] = [];
    let lastEventAt: string | null = null;
    for (const message of batch.messages) {
      const parsed = readMessage(message.value, this.opts.projection, this.opts.groupId);
      if (!parsed.ok) dead.push({ message, reason: parsed.reason, kind: parsed.kind });
      else {
        events.push(parsed.event);
        messageOf.set(parsed.event, message);
        // Compare instants: as text, '10:00+08:00' (02:00Z) sorts after '03:00Z'.
        if (lastEventAt === null || Date.parse(parsed.event.occurredAt) > Date.parse(lastEventAt)) lastEventAt = parsed.event.occurredAt;
      }
    }
    if (dead.length > 0) await this.sendToDeadLetters(batch.topic, batch.partition, dead);

    const partitionKey = `${batch.topic}[${batch.partition}]`;
    const firstOffset = batch.messages[0].offset;
    const failure = this.failures.get(partitionKey);
    const attempts = failure?.offset === firstOffset ? failure.attempts : 0;
    const lastOffset = batch.messages[batch.messages.length - 1].offset;
    const nextOffset = (BigInt(lastOffset) + 1n).toString();
    const schema = this.opts.schema;
    let outcome: { applied: number; failed: DeadLetter[]; recorded: DeadLetterKind[] };
    try {
      outcome = await this.opts.dataSource.transaction(async (em) => {
        const result =
          attempts < this.maxAttempts
            ? await this.applyTogether(em, batch.topic, batch.partition, events, messageOf)
            : await this.applyOneByOne(em, batch.topic, batch.partition, events, messageOf, attempts);
        // Before the commit, as for poison messages: a failure here rolls back and the batch comes again.
        if (result.failed.length > 0) await this.sendToDeadLetters(batch.topic, batch.partition, result.failed);
        await em.query(
          `INSERT INTO "${schema}".consumer_offsets (group_id, topic, partition, next_offset, last_event_at)
           VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (group_id, topic, partition) DO UPDATE SET
             next_offset = excluded.next_offset,
             last_event_at = greatest(consumer_offsets.last_event_at, excluded.last_event_at),
             updated_at = now()`,
          [this.opts.groupId, batch.topic, batch.partition, nextOffset, lastEventAt],
        );
        const recorded = await this.recordDeadLetters(em, batch.topic, batch.partition, [...dead, ...result.failed]);
        return { ...result, recorded };
      });
    } catch (err) {
      this.countFailure(partitionKey, firstOffset, attempts, err);
      throw err; // KafkaJS fetches the batch again (after its back-off)
    }
    this.failures.delete(partitionKey);
    // Counted only once the transaction has committed.
    const duplicates = events.length - outcome.applied - outcome.failed.length;
    this.applied += outcome.applied;
    this.duplicates += duplicates;
    this.opts.observer?.batchCommitted?.({ applied: outcome.applied, duplicates });
    const byKind = new Map<DeadLetterKind, number>();
    for (const kind of outcome.recorded) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    for (const [kind, count] of byKind) this.opts.observer?.deadLettersRecorded?.(kind, count);
    await this.opts.afterDatabaseCommit?.({ topic: batch.topic, partition: batch.partition, lastOffset });
    await this.commitOffset(batch.topic, batch.partition, nextOffset);
    if (this.opts.onApplied) {
      const traceIds = new Set<string>();
      for (const event of events) {
        const id = recordTraceId(messageOf.get(event)!);
        if (id) traceIds.add(id);
      }
      this.opts.onApplied({ topic: batch.topic, partition: batch.partition, firstOffset, lastOffset, applied: outcome.applied, duplicates, traceIds: [...traceIds] });
    }
    await heartbeat();
  }

  /**
   * Records dead letters with the message itself (what a replay re-applies) in the batch's
   * transaction; one already recorded (the batch read again) keeps its row and its replay history.
   * Returns the kinds of the rows new to the table.
   */
  private async recordDeadLetters(em: EntityManager, topic: string, partition: number, dead: DeadLetter[]): Promise<DeadLetterKind[]> {
    if (dead.length === 0) return [];
    const rows: { kind: DeadLetterKind }[] = await em.query(
      `INSERT INTO "${this.opts.schema}".dead_letters
         (group_id, topic, partition, "offset", reason, first_reason, kind, message_key, message_value, value_kept, message_timestamp)
       SELECT $1, $2, $3, o, r, r, k, mk, mv, true, to_timestamp(ts::double precision / 1000)
         FROM unnest($4::bigint[], $5::text[], $6::text[], $7::bytea[], $8::bytea[], $9::text[]) AS t(o, r, k, mk, mv, ts)
       ON CONFLICT DO NOTHING RETURNING kind`,
      [
        this.opts.groupId, topic, partition, dead.map((d) => d.message.offset), dead.map((d) => d.reason), dead.map((d) => d.kind),
        dead.map((d) => d.message.key), dead.map((d) => d.message.value), dead.map((d) => (/^\d+$/.test(d.message.timestamp ?? '') ? d.message.timestamp : null)),
      ],
    );
    return rows.map((r) => r.kind);
  }

  /** The usual path: the batch's new events applied in one go. */
  private async applyTogether(em: EntityManager, topic: string, partition: number, events: CaseEvent[], messageOf: Map<CaseEvent, KafkaMessage>) {
    const fresh = await applyOnce(em, this.opts.schema, this.opts.projection, events, { topic, partition, offsetOf: (e) => messageOf.get(e)!.offset });
    return { applied: fresh.length, failed: [] as DeadLetter[] };
  }

  /**
   * After `maxAttempts` failures: each event claimed and applied in its own savepoint, so the one
   * that fails is rolled back alone (inbox claim included) and dead-lettered, and the others apply
   * once. A transient error still fails the whole batch, to be retried.
   */
  private async applyOneByOne(
    em: EntityManager,
    topic: string,
    partition: number,
    events: CaseEvent[],
    messageOf: Map<CaseEvent, KafkaMessage>,
    attempts: number,
  ): Promise<{ applied: number; failed: DeadLetter[] }> {
    let applied = 0;
    const failed: DeadLetter[] = [];
    for (const event of events) {
      const message = messageOf.get(event)!;
      await em.query('SAVEPOINT casetrack_event');
      try {
        const fresh = await applyOnce(em, this.opts.schema, this.opts.projection, [event], { topic, partition, offsetOf: () => message.offset });
        await em.query('RELEASE SAVEPOINT casetrack_event');
        applied += fresh.length;
      } catch (err) {
        if (isTransientError(err)) throw err;
        await em.query('ROLLBACK TO SAVEPOINT casetrack_event');
        failed.push({ message, reason: `projection failed after ${attempts} attempts: ${(err as Error)?.message ?? String(err)}`, kind: 'projection-failed' });
      }
    }
    return { applied, failed };
  }

  /** Counts a failed attempt toward maxAttempts unless the error is transient, and says so in the log. */
  private countFailure(partitionKey: string, firstOffset: string, attempts: number, err: unknown): void {
    const message = (err as Error)?.message ?? String(err);
    this.opts.observer?.attemptFailed?.(isTransientError(err));
    if (isTransientError(err)) {
      this.transientFailures++;
      this.log(`applying ${partitionKey}@${firstOffset} failed (transient, retrying without counting): ${message}`);
      return;
    }
    this.failedAttempts++;
    const next = attempts + 1;
    this.failures.set(partitionKey, { offset: firstOffset, attempts: next });
    const then = next >= this.maxAttempts ? 'next attempt applies its events one at a time and dead-letters those that fail' : 'retrying';
    this.log(`applying ${partitionKey}@${firstOffset} failed (attempt ${next} of ${this.maxAttempts}; ${then}): ${message}`);
  }

  /**
   * Commits a batch's offset. The broker refuses it when the group has moved on (this member was
   * evicted, e.g. after a stall past the session timeout, or a rebalance began): harmless, the
   * inbox makes whoever reads the batch again skip it. But KafkaJS wraps that refusal of a
   * user-called commit in a KafkaJSNonRetriableError, and a consumer crashing on one is never
   * restarted: it would stop consuming for good. Rethrown as the broker's own error, the runner
   * recognises it and rejoins the group, as it does when a heartbeat gets the same answer.
   */
  private async commitOffset(topic: string, partition: number, offset: string): Promise<void> {
    try {
      await this.consumer!.commitOffsets([{ topic, partition, offset }]);
    } catch (err) {
      const cause = (err as { cause?: Error & { type?: string } }).cause;
      if (cause?.type && GROUP_MOVED_ON.has(cause.type)) throw cause;
      throw err;
    }
  }

  /**
   * Sends dead letters in requests below the broker's message limit: a batch of many large
   * messages would otherwise be refused whole, and the partition would retry it forever. A single
   * message too large to forward with its headers goes without its value (its offset names it; the
   * original stays on its topic), marked `x-dead-letter-value-omitted`.
   */
  private async sendToDeadLetters(topic: string, partition: number, dead: DeadLetter[]): Promise<void> {
    if (!this.deadLetterProducer) {
      const producer = createEventProducer(this.opts.kafka);
      this.deadLetterProducer = producer.connect().then(
        () => producer,
        (err) => {
          this.deadLetterProducer = undefined; // the next batch tries again
          throw err;
        },
      );
    }
    const producer = await this.deadLetterProducer;
    const letters = dead.map(({ message, reason }) => {
      const headers: Record<string, string> = {
        'x-dead-letter-reason': reason.slice(0, 2000),
        'x-original-topic': topic,
        'x-original-partition': String(partition),
        'x-original-offset': message.offset,
        'x-consumer-group': this.opts.groupId,
      };
      const overhead = 512 + (message.key?.length ?? 0) + Object.entries(headers).reduce((n, [k, v]) => n + k.length + Buffer.byteLength(v), 0);
      const valueBytes = message.value?.length ?? 0;
      if (overhead + valueBytes <= DEAD_LETTER_REQUEST_BYTES) return { bytes: overhead + valueBytes, message: { key: message.key, value: message.value, headers } };
      return { bytes: overhead, message: { key: message.key, value: null, headers: { ...headers, 'x-dead-letter-value-omitted': `${valueBytes} bytes, over the dead-letter limit` } } };
    });
    for (let start = 0; start < letters.length; ) {
      let end = start;
      let bytes = 0;
      while (end < letters.length && (end === start || bytes + letters[end].bytes <= DEAD_LETTER_REQUEST_BYTES)) bytes += letters[end++].bytes;
      await producer.send({ topic: this.opts.deadLetterTopic ?? Topics.deadLetter, acks: -1, messages: letters.slice(start, end).map((l) => l.message) });
      start = end;
    }
    this.deadLettered += dead.length;
    for (const d of dead) this.log(`dead-lettered ${topic}[${partition}]@${d.message.offset}: ${d.reason}`);
  }
}
