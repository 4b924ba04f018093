import { randomUUID } from 'node:crypto';
import { Admin, Kafka, logLevel } from 'kafkajs';
import { TEST_KAFKA_BROKERS } from '../../../../tests/support/test-env';
import { createEventProducer, createKafka } from './kafka-client';
import { ensureTopics } from './ensure-topics';

/** ensureTopics against the shared broker: topics it returns from are served at once, by every partition. */
describe('ensureTopics', () => {
  let kafka: Kafka;
  const admins: Admin[] = [];
  // Inside the run's prefix, so the run's clean-up deletes them.
  const fresh = (n: number) => Array.from({ length: n }, () => `${process.env.CASETRACK_TOPIC_PREFIX ?? ''}ensure-topics.${randomUUID()}`);
  const openAdmin = async () => {
    const admin = kafka.admin();
    admins.push(admin);
    await admin.connect();
    return admin;
  };

  beforeAll(() => {
    kafka = createKafka({ brokers: TEST_KAFKA_BROKERS, clientId: 'ensure-topics-int', logLevel: logLevel.NOTHING });
  });
  afterAll(async () => {
    await Promise.all(admins.map((a) => a.disconnect()));
  });

  it('returns only when every partition of every new topic has a leader, so a producer can write to each at once', async () => {
    const topics = fresh(3);
    const admin = await openAdmin();
    expect(await ensureTopics(admin, topics, { numPartitions: 4 })).toEqual(topics);

    const { topics: served } = await admin.fetchTopicMetadata({ topics });
    expect(served.map((t) => [t.name, t.partitions.length, t.partitions.every((p) => p.leader >= 0)]).sort()).toEqual(topics.map((t) => [t, 4, true]).sort());
    const producer = createEventProducer(kafka);
    await producer.connect();
    try {
      const sent = await producer.sendBatch({ topicMessages: topics.map((topic) => ({ topic, messages: [0, 1, 2, 3].map((partition) => ({ partition, value: 'x' })) })) });
      expect(sent.filter((r) => r.errorCode === 0)).toHaveLength(12);
    } finally {
      await producer.disconnect();
    }
  });

  it('creates nothing the second time, and two callers creating the same topics at once both succeed', async () => {
    const topics = fresh(2);
    const [a, b] = await Promise.all([openAdmin(), openAdmin()]);
    const [createdByA, createdByB] = await Promise.all([ensureTopics(a, topics, { numPartitions: 2 }), ensureTopics(b, topics, { numPartitions: 2 })]);
    // Each saw them missing (or one did); either way both return with the topics served.
    expect([...createdByA, ...createdByB].every((t) => topics.includes(t))).toBe(true);
    expect(await ensureTopics(a, topics, { numPartitions: 2 })).toEqual([]);
  });

  it("passes Kafka's refusal on at once instead of waiting for a topic that will never be served", async () => {
    const admin = await openAdmin();
    const started = Date.now();
    await expect(ensureTopics(admin, ['bad name with spaces'], { numPartitions: 1 })).rejects.toThrow(/invalid|illegal/i);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
