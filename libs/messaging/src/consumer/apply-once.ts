import { CaseEvent } from '@casetrack/contracts';
import { EntityManager } from 'typeorm';
import { BatchPosition, EventProjection } from './event-projection';

/** Records event ids in `schema`'s inbox within `em`'s transaction and returns the events that were not there yet, in order. */
export async function claimInInbox(em: EntityManager, schema: string, events: readonly CaseEvent[]): Promise<CaseEvent[]> {
  if (events.length === 0) return [];
  // In key order: two partitions' transactions claiming one id (an event sent twice under two keys)
  // then wait for each other instead of deadlocking.
  const ids = [...new Set(events.map((e) => e.eventId.toLowerCase()))].sort();
  const rows: { event_id: string }[] = await em.query(
    `INSERT INTO "${schema}".inbox (event_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING RETURNING event_id`,
    [ids],
  );
  const claimed = new Set(rows.map((r) => r.event_id));
  const fresh: CaseEvent[] = [];
  for (const event of events) {
    const id = event.eventId.toLowerCase();
    if (claimed.delete(id)) fresh.push(event); // delete: a duplicate inside the batch applies once
  }
  return fresh;
}

/**
 * The exactly-once step, within `em`'s transaction: claims the events in the inbox and applies
 * only those new to it, with their Kafka positions. Returns the events applied; an event already
 * in the inbox changes nothing. The consumer applies every batch through here, and a replayed dead
 * letter too, so whichever comes first applies an event and the other finds it done.
 */
export async function applyOnce(
  em: EntityManager,
  schema: string,
  projection: EventProjection,
  events: readonly CaseEvent[],
  position: { topic: string; partition: number; offsetOf: (event: CaseEvent) => string },
): Promise<CaseEvent[]> {
  const fresh = await claimInInbox(em, schema, events);
  if (fresh.length > 0) {
    const at: BatchPosition = { topic: position.topic, partition: position.partition, offsets: fresh.map(position.offsetOf) };
    await projection.apply(em, fresh, at);
  }
  return fresh;
}
