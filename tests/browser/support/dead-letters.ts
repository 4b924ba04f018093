import { expect } from '@playwright/test';
import { Kafka, logLevel } from 'kafkajs';
import { randomInt, randomUUID } from 'node:crypto';
import topicConfig from '../../../libs/contracts/src/topics.json';
import { sql } from './pages';
import { stack } from './stack';

// What the dead-letter desk's browser test needs of the stack: its mediation topic, messages put
// on it, and a rule of its own in the stack's reporting schema that makes a dispute a dead letter.

/** The stack's mediation topic (its prefix + casetrack.mediation). */
export const mediationTopic = () => `${stack().kafka.topicPrefix}${topicConfig.topics.mediation}`;

/** A district no other test uses (the rule below applies to it alone). */
export const freshDistrict = () => `8${String(randomInt(0, 100_000)).padStart(5, '0')}`;

/** Produces one message to the stack's mediation topic; where it landed. */
export async function produce(key: string, value: string): Promise<{ partition: number; offset: string }> {
  const producer = new Kafka({ clientId: 'browser-dead-letters', brokers: stack().kafka.brokers.split(','), logLevel: logLevel.NOTHING }).producer();
  await producer.connect();
  try {
    const [meta] = await producer.send({ topic: mediationTopic(), acks: -1, messages: [{ key, value }] });
    return { partition: meta.partition, offset: meta.baseOffset! };
  } finally {
    await producer.disconnect();
  }
}

const envelope = (district: string, type: string, payload: unknown) => ({
  eventId: randomUUID(), type, version: 1, occurredAt: '2019-06-03T10:15:00+08:00', district, caseId: randomUUID(), sequence: 1, actorId: null, payload,
});

/** A valid mediation.dispute.registered v1 of 2019 in `district`. */
export const disputeRegistered = (district: string) =>
  envelope(district, 'mediation.dispute.registered', {
    committeeCode: 'BT-DLQ', committeeKind: 'community', committeeField: null, category: 'neighbourhood', source: 'walk-in',
    receivedAt: '2019-06-03T09:00:00+08:00', partyCount: 2, amountInvolvedFen: null,
  });

/** The dispute's committee: the prerequisite that, once applied, lets the dispute be counted. */
export const committeeRegistered = (district: string) =>
  envelope(district, 'mediation.committee.registered', { code: 'BT-DLQ', kind: 'community', field: null, establishedAt: '2019-01-02T09:00:00+08:00' });

/**
 * Makes the stack's reporting refuse to count a dispute of `district` while the district has no
 * committee (a trigger on its rollup): such a dispute becomes a dead letter, as a projection that
 * needs a missing fact would make it. Returns the function that removes the rule.
 */
export async function committeeFirstRule(district: string): Promise<() => Promise<void>> {
  const fn = `reporting.committee_first_${district}`;
  await sql(`
    CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.district = '${district}' AND NOT EXISTS (SELECT 1 FROM reporting.mediation_committees c WHERE c.district = NEW.district) THEN
        RAISE EXCEPTION 'the committee of this dispute is not registered yet';
      END IF;
      RETURN NEW;
    END $$`);
  await sql(`CREATE TRIGGER committee_first_${district} BEFORE INSERT ON reporting.mediation_rollup FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
  return async () => void (await sql(`DROP FUNCTION IF EXISTS ${fn}() CASCADE`));
}

/** Waits until the reporting service has recorded the message at `where` as a dead letter; its id on the desk. */
export async function deadLetterAt(where: { partition: number; offset: string }): Promise<string> {
  let id: string | undefined;
  await expect
    .poll(
      async () => {
        const rows = await sql<{ id: string }>(`SELECT id::text AS id FROM reporting.dead_letters WHERE topic = $1 AND partition = $2 AND "offset" = $3`, [mediationTopic(), where.partition, where.offset]);
        id = rows[0]?.id;
        return id !== undefined;
      },
      { timeout: 60_000, message: `a dead letter at ${where.partition}/${where.offset}` },
    )
    .toBe(true);
  return id!;
}

/** Disputes of `district` the report counts as registered (the rollup itself). */
export async function registeredIn(district: string): Promise<number> {
  const [row] = await sql<{ n: number }>(`SELECT coalesce(sum(registered), 0)::int AS n FROM reporting.mediation_rollup WHERE district = $1`, [district]);
  return row.n;
}
