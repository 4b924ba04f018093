/**
 * Import this FIRST in a test file, before anything that loads @casetrack/contracts. The file's
 * contracts (and so every service it starts in process) then name their topics with a prefix of
 * the file's own, `e2e.<file name>.`: its services publish there and its reporting service reads
 * only there. No other process applies the file's events, and a reporting service replaying from
 * offset 0 reads this suite's past runs only, not every test's events on the shared topics.
 *
 * The prefix is read when the contracts module is first evaluated, and jest gives each test file a
 * module registry of its own; the environment variable is restored at once, so later files of the
 * same worker see the normal topic names.
 */
import { basename } from 'node:path';

const testPath: string = (expect as unknown as { getState(): { testPath: string } }).getState().testPath;
const previous = process.env.CASETRACK_TOPIC_PREFIX;
// Inside the run's own prefix (scripts/test.sh sets one), so the run's clean-up deletes them too.
process.env.CASETRACK_TOPIC_PREFIX = `${previous ?? ''}e2e.${basename(testPath).replace(/\.e2e-spec\.ts$/, '').replace(/[^A-Za-z0-9-]/g, '-')}.`;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const contracts = require('@casetrack/contracts') as typeof import('@casetrack/contracts');
if (previous === undefined) delete process.env.CASETRACK_TOPIC_PREFIX;
else process.env.CASETRACK_TOPIC_PREFIX = previous;

// Not a top-level import: the messaging library loads the contracts, which must see the prefix first.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createKafka, ensureTopics } = require('@casetrack/messaging') as typeof import('@casetrack/messaging');
const TEST_KAFKA_BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

/** This file's topic prefix. */
export const PRIVATE_TOPIC_PREFIX = contracts.TOPIC_PREFIX;

/**
 * Creates this file's topics (case topics and dead letters, partitioned like the real ones) when
 * they do not exist yet. They are kept between runs: a relay of another process may still hold an
 * unsent row for one of them, and a deleted topic would stall it.
 */
export async function createPrivateTopics(): Promise<void> {
  if (!PRIVATE_TOPIC_PREFIX.includes('e2e.')) throw new Error('tests/support/private-topics must be imported before @casetrack/contracts');
  const admin = createKafka({ brokers: TEST_KAFKA_BROKERS, clientId: 'private-topics' }).admin();
  await admin.connect();
  try {
    // Every topic of the contracts: the case topics and the dead letters.
    await ensureTopics(admin, Object.values(contracts.Topics), { numPartitions: contracts.TOPIC_PARTITIONS });
  } finally {
    await admin.disconnect();
  }
}
