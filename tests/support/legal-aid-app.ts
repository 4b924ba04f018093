import { createKafka } from '@casetrack/messaging';
import { Clock, ServiceConfig } from '@casetrack/platform';
import { randomInt, randomUUID } from 'node:crypto';
import { AppModule as LegalAidModule } from '../../apps/legal-aid/src/app.module';
import { startApp, testServiceConfig } from './apps';
import { TEST_KAFKA_BROKERS } from './test-env';

/** A legal-aid service in this process for `district`, against the test database and the real broker. */
export function startLegalAid(district: string, extra: Partial<ServiceConfig> = {}, clock?: Clock) {
  return startApp(LegalAidModule.register(testServiceConfig(district, extra), clock), 'legal-aid');
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A random instant of `year` (random day, `hour`:mm:ss, +08:00). The legal_aid tables are shared by
 * every run against the test database, so list windows are built around instants no other run uses.
 */
export function randomInstant(year: number, hour = 9): string {
  return `${year}-${pad(randomInt(1, 13))}-${pad(randomInt(1, 29))}T${pad(hour)}:${pad(randomInt(0, 60))}:${pad(randomInt(0, 60))}+08:00`;
}

/** `seconds` after a +08:00 instant, as +08:00 text. */
export function plusSeconds(at: string, seconds: number): string {
  return `${new Date(Date.parse(at) + seconds * 1000 + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}

/** The `from`/`to` query of GET /v1/cases for appliedAt in [from, to). */
export const between = (from: string, to: string) => `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;

/** An event as it travelled on the topic: its raw text, and parsed. */
export interface SeenEvent {
  raw: string;
  event: { type: string; caseId: string; sequence: number; district: string; payload: Record<string, unknown> };
}

/**
 * Reads a topic from its beginning with a KafkaJS consumer of its own group and keeps every event of
 * the given districts, exactly as published (other suites' districts are ignored).
 */
export async function recordEvents(topic: string, districts: readonly string[]): Promise<{ seen: SeenEvent[]; stop(): Promise<void> }> {
  const seen: SeenEvent[] = [];
  const consumer = createKafka({ brokers: TEST_KAFKA_BROKERS, clientId: 'event-recorder' }).consumer({ groupId: `test-recorder-${randomUUID()}`, maxWaitTimeInMs: 500 });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const raw = message.value?.toString('utf8') ?? '';
      try {
        const event = JSON.parse(raw);
        if (districts.includes(event.district)) seen.push({ raw, event });
      } catch {
        // not JSON: not an event of ours
      }
    },
  });
  return { seen, stop: () => consumer.disconnect() };
}
