import { Admin } from 'kafkajs';

export interface EnsureTopicsOptions {
  /** Partitions of a topic this call creates (an existing topic keeps its own). */
  numPartitions: number;
  replicationFactor?: number;
  /** How long to wait for every partition of every topic to have a leader; 30 s by default. */
  timeoutMs?: number;
}

/** Metadata errors that only mean "not there yet" right after a topic is created. */
const NOT_YET = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE']);

/**
 * Creates the topics that do not exist yet, then waits until the broker serves every partition of
 * every one of them with a leader.
 *
 * Not `createTopics({ waitForLeaders: true })` alone: KafkaJS waits there through
 * LEADER_NOT_AVAILABLE only, but a KRaft broker answers UNKNOWN_TOPIC_OR_PARTITION ("This server
 * does not host this topic-partition") until its metadata image has caught up with the controller
 * (KAFKA-15780), and KafkaJS gives up on that at once — it happened on a loaded CI machine.
 * Another process creating the same topic at the same moment is fine (TOPIC_ALREADY_EXISTS).
 */
export async function ensureTopics(admin: Admin, topics: readonly string[], options: EnsureTopicsOptions): Promise<string[]> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const existing = new Set(await admin.listTopics());
  const missing = topics.filter((t) => !existing.has(t));
  if (missing.length > 0)
    await admin
      .createTopics({
        waitForLeaders: false,
        timeout: timeoutMs,
        topics: missing.map((topic) => ({ topic, numPartitions: options.numPartitions, replicationFactor: options.replicationFactor ?? 1 })),
      })
      .catch((err: Error & { errors?: { message: string }[] }) => {
        // KafkaJS says only "Topic creation errors"; what each topic's error was is in .errors.
        throw err.errors ? new Error(`Kafka refused to create topics: ${err.errors.map((e) => e.message).join('; ')}`) : err;
      });
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  for (;;) {
    try {
      const { topics: served } = await admin.fetchTopicMetadata({ topics: [...topics] });
      const waiting = topics.filter((name) => {
        const t = served.find((s) => s.name === name);
        return !t || t.partitions.length === 0 || t.partitions.some((p) => p.leader < 0);
      });
      if (waiting.length === 0) return missing;
      last = `no leader yet for ${waiting.join(', ')}`;
    } catch (err) {
      // KafkaJS's own retries wrap the protocol error once they give up.
      const e = err as { type?: string; originalError?: { type?: string } };
      const type = e.type ?? e.originalError?.type;
      if (!type || !NOT_YET.has(type)) throw err;
      last = (err as Error).message;
    }
    if (Date.now() > deadline) throw new Error(`Kafka topics not served within ${timeoutMs} ms: ${last}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
