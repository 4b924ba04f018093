/**
 * The projection baseline: a bare KafkaJS `eachBatch` consumer (fresh group, from the beginning)
 * that only parses each message's JSON, with the fetch settings of casetrack's ExactlyOnceConsumer.
 * It reads until EXPECTED messages are parsed, then prints one JSON line with its progress and exits.
 *
 * Env: KAFKA_BROKERS, TOPIC, GROUP_ID, EXPECTED.
 */
import { createKafka } from '@casetrack/messaging';
import { Progress, steadyRate } from '../support/stats';

async function main(): Promise<void> {
  const expected = Number(process.env.EXPECTED);
  const kafka = createKafka({ brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','), clientId: 'bench-bare-consumer' });
  const consumer = kafka.consumer({
    groupId: process.env.GROUP_ID!,
    sessionTimeout: 30_000,
    heartbeatInterval: 3_000,
    maxBytesPerPartition: 4 * 1024 * 1024,
    maxBytes: 32 * 1024 * 1024,
    maxWaitTimeInMs: 500,
    allowAutoTopicCreation: false,
  });
  const startedAt = performance.now();
  const cpuAtStart = process.cpuUsage();
  const progress: Progress[] = [];
  let parsed = 0;
  let done!: () => void;
  const finished = new Promise<void>((r) => (done = r));
  await consumer.connect();
  await consumer.subscribe({ topics: [process.env.TOPIC!], fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    partitionsConsumedConcurrently: 1,
    eachBatch: async ({ batch }) => {
      for (const message of batch.messages) {
        JSON.parse(message.value!.toString('utf8'));
        parsed++;
      }
      progress.push({ at: performance.now(), done: parsed });
      if (parsed >= expected) done();
    },
  });
  await finished;
  const cpu = process.cpuUsage(cpuAtStart);
  const result = {
    parsed,
    secondsFromStart: (progress[progress.length - 1].at - startedAt) / 1000,
    steady: steadyRate(progress),
    batches: progress.length,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
  await consumer.disconnect();
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

main().catch((err) => {
  process.stderr.write(`bare consumer failed: ${(err as Error).stack}\n`);
  process.exit(1);
});
