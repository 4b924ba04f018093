import { assertTestDatabase } from '@casetrack/persistence';
import { randomInt, randomUUID } from 'node:crypto';

/** The test database (its name must say "test") and Kafka, from the environment or local defaults. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/casetrack_test';
assertTestDatabase(TEST_DATABASE_URL);
export const TEST_KAFKA_BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

/**
 * A district code no other test uses: each suite works in its own district, so suites share the
 * database, the topics and even the reporting tables without seeing each other's figures.
 */
export function uniqueDistrict(): string {
  return `9${String(randomInt(0, 100_000)).padStart(5, '0')}`;
}

/** A committee code unique to this run. */
export function uniqueCode(prefix = 'T'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** Polls `probe` until it returns a value accepted by `done`, or fails after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await probe();
    if (done(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(last)}`);
}
