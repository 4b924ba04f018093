import { INestApplication } from '@nestjs/common';
import { Kafka, logLevel } from 'kafkajs';
import { DataSource } from 'typeorm';
import { REPORTING_CONFIG, ReportingConfig } from '../../apps/reporting/src/config';
import { ReportingConsumer } from '../../apps/reporting/src/projections/reporting-consumer';
import { TEST_KAFKA_BROKERS } from './test-env';

interface Service {
  app: INestApplication;
}

/**
 * Waits until the reporting service has applied everything the given case services have written so
 * far: first each service's outbox holds no unsent row for the topics reporting reads, then reporting's
 * recorded position on every partition of those topics has reached the partition's end offset as it
 * was after the outboxes drained.
 *
 * A wait on one figure can stop while an event on another partition still lags (the figures of one
 * report come from several partitions, applied independently); this wait cannot. Read the report after
 * it and assert exact values.
 */
export async function settled(reporting: Service, producers: Service[], timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const consumer = reporting.app.get(ReportingConsumer, { strict: false });
  const topics = [...consumer.projection.topics];

  for (const producer of producers) {
    const schema: string = producer.app.get('PLATFORM_SCHEMA', { strict: false });
    const db = producer.app.get(DataSource, { strict: false });
    await until(deadline, `the ${schema} outbox to be sent`, async () => {
      const [row] = await db.query(`SELECT count(*)::int AS n FROM "${schema}".outbox WHERE sent_at IS NULL AND quarantined_at IS NULL AND topic = ANY($1)`, [topics]);
      return row.n === 0 ? true : `${row.n} unsent row(s)`;
    });
  }

  const ends = await endOffsets(topics);
  const { schema } = reporting.app.get<ReportingConfig>(REPORTING_CONFIG as never, { strict: false });
  const db = reporting.app.get(DataSource, { strict: false });
  await until(deadline, 'the reporting consumer to reach the end offsets', async () => {
    const rows: { topic: string; partition: number; next_offset: string }[] = await db.query(
      `SELECT topic, partition, next_offset::text AS next_offset FROM "${schema}".consumer_offsets WHERE group_id = $1 AND topic = ANY($2)`,
      [consumer.groupId, topics],
    );
    const at = new Map(rows.map((r) => [`${r.topic}[${r.partition}]`, BigInt(r.next_offset)]));
    const behind = [...ends].filter(([key, end]) => (at.get(key) ?? 0n) < end).map(([key, end]) => `${key} at ${at.get(key) ?? 0n} of ${end}`);
    return behind.length === 0 ? true : behind.join(', ');
  });
}

/** The end offset (next offset to be written) of every partition with at least one message. */
async function endOffsets(topics: string[]): Promise<Map<string, bigint>> {
  const admin = new Kafka({ clientId: 'test-settle', brokers: TEST_KAFKA_BROKERS, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const ends = new Map<string, bigint>();
    for (const topic of topics)
      for (const p of await admin.fetchTopicOffsets(topic)) if (BigInt(p.high) > 0n) ends.set(`${topic}[${p.partition}]`, BigInt(p.high));
    return ends;
  } finally {
    await admin.disconnect();
  }
}

/** Polls `check` (true, or a description of what is missing) until true or the deadline. */
async function until(deadline: number, what: string, check: () => Promise<true | string>): Promise<void> {
  let last: true | string = 'not checked';
  while (Date.now() < deadline) {
    last = await check();
    if (last === true) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}: ${last}`);
}
