import { assertTestDatabase } from '@casetrack/persistence';
import { randomInt, randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The test database (its name must say "test") and Kafka, from the environment or local defaults. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/casetrack_test';
assertTestDatabase(TEST_DATABASE_URL);
export const TEST_KAFKA_BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

/**
 * Where the districts handed out against the test database are recorded, one empty file per code
 * (scripts/infra/reset-test-databases.js empties it with the database).
 */
export const DISTRICTS_DIR = join(tmpdir(), 'casetrack-districts', decodeURIComponent(new URL(TEST_DATABASE_URL).pathname.slice(1)));

/**
 * A district code no other test uses: each suite works in its own district, so suites share the
 * database, the topics and even the reporting tables without seeing each other's figures.
 *
 * Random alone is not enough: a run draws some 60 codes from 100,000, and two of them are the same
 * in about one run in fifty — two suites then count each other's cases. Each code is claimed with an
 * exclusive create (atomic across the jest workers and every other process on the machine), so no
 * code is handed out twice against the same database, in this run or an earlier one whose rows are
 * still there.
 */
export function uniqueDistrict(): string {
  mkdirSync(DISTRICTS_DIR, { recursive: true });
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const code = `9${String(randomInt(0, 100_000)).padStart(5, '0')}`;
    try {
      closeSync(openSync(join(DISTRICTS_DIR, code), 'wx'));
      return code;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  throw new Error(`no free test district left in ${DISTRICTS_DIR}: reset the test databases (node scripts/infra/reset-test-databases.js), which frees them`);
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
