import { Kafka } from 'kafkajs';
import { MediationEventGenerator } from '../events/mediation-events';
import { openLoop } from '../support/open-loop';
import { waitFor } from '../support/poll';

export interface RoundTripResult {
  /** ms from the producer's acknowledgement (acks=all) to the consumer holding the parsed message. */
  latencies: number[];
  ackedPerSecond: number;
  unseen: number;
}

/**
 * The freshness baseline: Kafka alone. Messages of event size are produced one per send at the
 * same open-loop rate (acks=all) and read back by a consumer with casetrack's fetch settings; the
 * latency is from each send's acknowledgement to the consumer parsing it — the part of
 * "200 → in the report" that no code of ours can remove.
 */
export async function kafkaRoundTrip(kafka: Kafka, topic: string, groupId: string, total: number, ratePerSecond: number): Promise<RoundTripResult> {
  const value = JSON.stringify([...new MediationEventGenerator('910009', 1).batches(1)][0][0]);
  const ackedAt = new Array<number>(total);
  const seenAt = new Array<number>(total);
  const consumer = kafka.consumer({ groupId, sessionTimeout: 30_000, heartbeatInterval: 3_000, maxBytesPerPartition: 4 * 1024 * 1024, maxBytes: 32 * 1024 * 1024, maxWaitTimeInMs: 500, allowAutoTopicCreation: false });
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  let primed = false;
  await Promise.all([consumer.connect(), producer.connect()]);
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachBatch: async ({ batch }) => {
        for (const m of batch.messages) {
          JSON.parse(m.value!.toString('utf8'));
          const i = Number(m.key!.toString());
          if (i < 0) primed = true;
          else seenAt[i] = performance.now();
        }
      },
    });
    // The group has joined and fetches once a primer sent now comes back.
    await producer.send({ topic, acks: -1, messages: [{ key: '-1', value }] });
    await waitFor(async () => primed, (p) => p, { timeoutMs: 60_000, intervalMs: 50, what: 'the baseline consumer to read a primer' });

    const sends: Promise<void>[] = [];
    const schedule = await openLoop(total, ratePerSecond, (i) => {
      sends.push(producer.send({ topic, acks: -1, messages: [{ key: String(i), value }] }).then(() => void (ackedAt[i] = performance.now())));
    });
    await Promise.all(sends);
    await waitFor(async () => seenAt.filter((t) => t !== undefined).length, (n) => n >= total, { timeoutMs: 30_000, intervalMs: 50, what: 'the baseline consumer to read every message' }).catch(() => undefined);
    const latencies: number[] = [];
    let unseen = 0;
    for (let i = 0; i < total; i++) {
      if (seenAt[i] === undefined) unseen++;
      else latencies.push(Math.max(0, seenAt[i] - ackedAt[i]));
    }
    return { latencies, ackedPerSecond: total / schedule.seconds, unseen };
  } finally {
    await Promise.all([consumer.disconnect(), producer.disconnect()]);
  }
}
