import { Topics } from '@casetrack/contracts';
import { Kafka } from 'kafkajs';
import { PrivateKafka } from '../../../../tests/support/private-kafka';
import { eventually, TEST_DATABASE_URL, uniqueDistrict } from '../../../../tests/support/test-env';
import { createMessagingTestDb, MessagingTestDb } from '../../test-support/messaging-test-db';
import { caseIds, disputeRegistered } from '../../test-support/test-events';
import { muteKafkaJsErrors } from '../../test-support/quiet-kafka-logs';
import { ofDistrict, TopicTap } from '../../test-support/topic-tap';
import { createKafka } from '../kafka/kafka-client';
import { OutboxWriter } from '../outbox/outbox.writer';
import { OutboxRelay } from './outbox.relay';

// The broker is stopped here, so it is a private one: the shared broker on 9092 stays up for everyone else.
describe('OutboxRelay while its Kafka broker is down', () => {
  let broker: PrivateKafka | undefined;
  let db: MessagingTestDb | undefined;
  let relay: OutboxRelay | undefined;
  let tap: TopicTap | undefined;
  let unmute: (() => void) | undefined;

  beforeAll(async () => {
    // allSettled: whichever of the two did start is still cleaned up in afterAll when the other fails.
    const started = await Promise.allSettled([
      PrivateKafka.start({ topics: [Topics.mediation] }).then((b) => (broker = b)),
      createMessagingTestDb(TEST_DATABASE_URL).then((d) => (db = d)),
    ]);
    for (const result of started) if (result.status === 'rejected') throw result.reason;
  }, 120_000);

  afterAll(async () => {
    unmute?.();
    await relay?.stop();
    await tap?.close();
    await broker?.dispose();
    await db?.drop();
  }, 60_000);

  it('accepts writes while the broker is stopped and delivers every event exactly once after it starts again', async () => {
    const [server, store] = [broker!, db!];
    const kafka: Kafka = createKafka({ brokers: server.brokers, clientId: `${store.schema}-test` });
    const writer = new OutboxWriter(store.schema);
    const district = uniqueDistrict();
    const append = (caseId: string, sequence: number) =>
      store.dataSource.transaction((em) => writer.append(em, [disputeRegistered(district, caseId, sequence)]));

    relay = new OutboxRelay({ databaseUrl: store.url, schema: store.schema, kafka, pollIntervalMs: 200 });
    relay.start();
    const [warmUp, ...cases] = caseIds(6);
    tap = await TopicTap.open(kafka, Topics.mediation, 'fromBeginning', ofDistrict(district));
    await append(warmUp, 1);
    await eventually(async () => tap!.messages.length, (n) => n === 1, 30_000, 'the warm-up event through the running broker');
    await tap.close();

    unmute = muteKafkaJsErrors(); // every retry against the stopped broker logs an error
    await server.stop();
    for (const caseId of cases) for (let seq = 1; seq <= 10; seq++) await append(caseId, seq);
    await new Promise((r) => setTimeout(r, 3_000)); // the relay tries, fails and backs off meanwhile
    expect(relay.published).toBe(1);
    expect(await store.outboxCounts()).toEqual({ total: 51, unsent: 50 });

    await server.start(); // same ports, same data dir
    await eventually(() => store.outboxCounts(), (c) => c.unsent === 0, 45_000, 'the outbox drained after the restart');
    unmute();
    tap = await TopicTap.open(kafka, Topics.mediation, 'fromBeginning', ofDistrict(district));
    await eventually(async () => tap!.messages.length, (n) => n >= 51, 30_000, 'all 51 events on the topic');
    await new Promise((r) => setTimeout(r, 1_000)); // room for unexpected duplicates to show up

    const ids = tap.events().map((e) => e.eventId);
    expect(ids).toHaveLength(51);
    expect(new Set(ids).size).toBe(51);
    for (const caseId of cases)
      expect(tap.events().filter((e) => e.caseId === caseId).map((e) => e.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(relay.published).toBe(51);
    console.log(`private broker start times (ms): ${server.startDurations.join(', ')}`);
    // The budget covers what the test waits for, in the worst case each step allows: the warm-up
    // (30 s), the broker's controlled shutdown (SIGKILL after 30 s), 3 s, its start again (90 s, the
    // private broker's start timeout — a JVM start on a loaded 2-core machine), the drain (45 s) and
    // the tap (30 s). At 60 s a slow broker start failed the test while the start was still on time.
  }, 240_000);
});
