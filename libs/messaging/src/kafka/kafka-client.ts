import { Kafka, logCreator, logLevel, Partitioners } from 'kafkajs';
import { patchKafkaJsIdleLoop } from './idle-loop.patch';

process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';
// Stops KafkaJS 2.2.4's 1 ms idle timer loop per connection (tulios/kafkajs#1556); see the file.
patchKafkaJsIdleLoop();

export interface KafkaOptions {
  brokers: string[];
  clientId: string;
  /** Where KafkaJS's log entries go (the services: their own logger); KafkaJS's console output by default. */
  logCreator?: logCreator;
  /** How much KafkaJS logs; errors only by default. */
  logLevel?: logLevel;
}

/** A KafkaJS client with the settings every casetrack process shares (quiet logs, bounded retries). */
export function createKafka(opts: KafkaOptions): Kafka {
  return new Kafka({
    clientId: opts.clientId,
    brokers: opts.brokers,
    logLevel: opts.logLevel ?? logLevel.ERROR,
    ...(opts.logCreator ? { logCreator: opts.logCreator } : {}),
    connectionTimeout: 3_000,
    requestTimeout: 30_000,
    retry: { initialRetryTime: 100, retries: 5, maxRetryTime: 5_000 },
  });
}

/**
 * The producer used for events: idempotent, acks from all in-sync replicas, one request in flight
 * (KafkaJS needs that for idempotence), so per-partition order survives retries.
 */
export function createEventProducer(kafka: Kafka) {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
    retry: { initialRetryTime: 100, retries: 5, maxRetryTime: 5_000 },
  });
}
