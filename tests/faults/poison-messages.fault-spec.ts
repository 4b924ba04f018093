import { CASE_TOPICS, Topics } from '@casetrack/contracts';
import { Kafka, KafkaMessage, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { FaultCluster } from './support/fault-cluster';
import { printScenario, settle, sleep } from './support/verify';
import { LoadGenerator } from './support/workload';

describe('poison messages on every case topic under load', () => {
  let cluster: FaultCluster;
  let kafka: Kafka;
  const startedAt = Date.now();

  beforeAll(async () => {
    cluster = await FaultCluster.start({ scenario: 'poison-messages' });
    kafka = new Kafka({ clientId: 'fault-test', brokers: cluster.kafka.brokers, logLevel: logLevel.NOTHING });
  }, 300_000);

  afterAll(async () => {
    await cluster?.dispose();
  }, 60_000);

  /** A real event (from any outbox) turned into one of a type no contract has, named after the topic's area. */
  async function unknownTypeOn(topic: string): Promise<string> {
    const db = await cluster.db();
    try {
      const { rows } = await db.query(`SELECT value FROM mediation.outbox LIMIT 1`);
      const area = { [Topics.mediation]: 'mediation', [Topics.legalAid]: 'legalaid', [Topics.adminReview]: 'adminreview', [Topics.fileReview]: 'filereview' }[topic];
      return JSON.stringify({ ...JSON.parse(rows[0].value), eventId: randomUUID(), type: `${area}.case.teleported`, caseId: randomUUID(), sequence: 1 });
    } finally {
      await db.end();
    }
  }

  /** Every message of the dead-letter topic, read from its start. */
  async function deadLetters(expected: number): Promise<KafkaMessage[]> {
    const consumer = kafka.consumer({ groupId: `dlq-reader-${randomUUID()}` });
    const seen: KafkaMessage[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic: Topics.deadLetter, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void seen.push(message) });
    const deadline = Date.now() + 60_000;
    while (seen.length < expected && Date.now() < deadline) await sleep(250);
    await sleep(1_000); // nothing more should come
    await consumer.disconnect();
    return seen;
  }

  it('dead-letters each one with its reason and applies every other event exactly', async () => {
    const load = new LoadGenerator({ runId: 'poison', urls: cluster.urls(), ratePerSecond: 60, headers: cluster.authHeaders() });
    await load.setup();
    const faults: string[] = [];
    const producer = kafka.producer();
    await producer.connect();
    const injected: { topic: string; key: string; kind: 'not JSON' | 'unknown type' }[] = [];
    await load.around(async () => {
      await sleep(6_000);
      for (const topic of CASE_TOPICS) {
        const notJson = `poison-${randomUUID()}`;
        const unknown = `unknown-${randomUUID()}`;
        await producer.send({
          topic,
          acks: -1,
          messages: [
            { key: notJson, value: '{"eventId": "this is not JSON' },
            { key: unknown, value: await unknownTypeOn(topic) },
          ],
        });
        injected.push({ topic, key: notJson, kind: 'not JSON' }, { topic, key: unknown, kind: 'unknown type' });
        faults.push(`not JSON on ${topic}`, `unknown type on ${topic}`);
      }
      await sleep(6_000);
    });
    await producer.disconnect();
    const settled = await settle(cluster, load.ledger);
    const figures = printScenario(cluster, load, faults, settled, startedAt);
    const dlq = await deadLetters(injected.length);
    const db = await cluster.db();
    const recorded = await db.query(`SELECT topic, reason FROM reporting.dead_letters ORDER BY topic`).finally(() => db.end());
    console.log(`[faults] poison-messages: ${dlq.length} dead letters; reasons: ${[...new Set(dlq.map((m) => m.headers?.['x-dead-letter-reason']?.toString().slice(0, 60)))].join(' | ')}`);

    expect(dlq).toHaveLength(injected.length);
    for (const poison of injected) {
      const letter = dlq.find((m) => m.key?.toString() === poison.key);
      expect([poison.key, letter?.headers?.['x-original-topic']?.toString()]).toEqual([poison.key, poison.topic]);
      const reason = letter?.headers?.['x-dead-letter-reason']?.toString() ?? '';
      expect([poison.kind, reason]).toEqual([poison.kind, expect.stringMatching(poison.kind === 'not JSON' ? /not JSON/ : /unknown event type .*\.case\.teleported v1/)]);
    }
    expect(recorded.rows).toHaveLength(injected.length);
    expect(load.failures).toEqual([]);
    expect(load.ledger.unexpected).toEqual([]);
    expect(settled.rowProblems).toEqual([]);
    expect(settled.offExpected).toEqual([]);
    expect(settled.differences).toBe(0);
    expect(figures.otherServerErrors).toBe(0);
  }, 600_000);
});
