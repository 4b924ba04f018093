import { toSafeInteger } from '@casetrack/persistence';
import { Admin } from 'kafkajs';
import { DataSource } from 'typeorm';

/** The end offsets of topics, per partition (`high` is the offset the next message gets). */
export type EndOffsets = Map<string, { partition: number; high: number; low: number }[]>;

/** Where one consumer stands on one partition, as the rebuild status and /health show it. */
export interface PartitionProgress {
  topic: string;
  partition: number;
  /** Next offset the consumer will apply (its position recorded with the applied batches). */
  position: number;
  /** The partition's end offset when last looked at. */
  end: number;
  lag: number;
  /** When the position last moved, or when the partition started lagging, or when watching began. */
  lastProgressAt: string;
  /** Behind its end and unmoved for longer than the stall threshold. */
  stalled: boolean;
}

/**
 * Follows one consumer's positions against the topics' end offsets across observations and says,
 * per partition, since when it has not moved. A partition at its end never counts as stalled; one
 * that falls behind starts its clock then, so an idle partition that just got an event is not
 * "stalled since yesterday". Pure: the caller supplies the clock.
 */
export class ProgressTracker {
  private readonly seen = new Map<string, { position: number; lag: number; since: number; advancedAt: number | null }>();

  constructor(private readonly stallAfterMs: number) {}

  /** Records one observation and returns every partition's progress, in topic and partition order. */
  observe(ends: EndOffsets, positions: ReadonlyMap<string, number>, now: number): PartitionProgress[] {
    const out: PartitionProgress[] = [];
    for (const [topic, partitions] of ends) {
      for (const p of [...partitions].sort((a, b) => a.partition - b.partition)) {
        const key = `${topic}/${p.partition}`;
        const position = positions.get(key) ?? p.low;
        const lag = Math.max(0, p.high - position);
        const prev = this.seen.get(key);
        let since = prev?.since ?? now;
        let advancedAt = prev?.advancedAt ?? null;
        if (prev && position !== prev.position) [since, advancedAt] = [now, now];
        else if (prev && lag > 0 && prev.lag === 0) since = now;
        this.seen.set(key, { position, lag, since, advancedAt });
        out.push({ topic, partition: p.partition, position, end: p.high, lag, lastProgressAt: new Date(since).toISOString(), stalled: lag > 0 && now - since > this.stallAfterMs });
      }
    }
    return out;
  }

  /** Milliseconds the longest-stuck partition behind its end has not moved (0 when none is behind). */
  stuckForMs(now: number): number {
    let worst = 0;
    for (const s of this.seen.values()) if (s.lag > 0) worst = Math.max(worst, now - s.since);
    return worst;
  }

  /** True when every partition behind its end has moved within `windowMs`: the consumer is applying, not stuck. */
  everyLaggingMovedWithin(windowMs: number, now: number): boolean {
    for (const s of this.seen.values()) if (s.lag > 0 && (s.advancedAt === null || now - s.advancedAt > windowMs)) return false;
    return true;
  }
}

/** The topics' end offsets now. */
export async function fetchEndOffsets(admin: Admin, topics: readonly string[]): Promise<EndOffsets> {
  const out: EndOffsets = new Map();
  for (const topic of topics)
    out.set(topic, (await admin.fetchTopicOffsets(topic)).map((p) => ({ partition: p.partition, high: Number(p.high), low: Number(p.low) })));
  return out;
}

/** A consumer group's positions as recorded with its applied batches, keyed `topic/partition`. */
export async function recordedPositions(dataSource: DataSource, schema: string, groupId: string): Promise<Map<string, number>> {
  const rows: { topic: string; partition: number; next_offset: string }[] = await dataSource.query(
    `SELECT topic, partition, next_offset FROM "${schema}".consumer_offsets WHERE group_id = $1`,
    [groupId],
  );
  return new Map(rows.map((r) => [`${r.topic}/${r.partition}`, toSafeInteger(r.next_offset)]));
}

/** Events behind, per topic. */
export function lagByTopic(progress: readonly PartitionProgress[]): Record<string, number> {
  const lag: Record<string, number> = {};
  for (const p of progress) lag[p.topic] = (lag[p.topic] ?? 0) + p.lag;
  return lag;
}

/** One line naming the stalled partitions, e.g. `mediation/2 at 40 of 41 since 2026-…`. */
export function describeStalled(progress: readonly PartitionProgress[]): string {
  return progress
    .filter((p) => p.stalled)
    .map((p) => `${p.topic}/${p.partition} at offset ${p.position} of ${p.end} since ${p.lastProgressAt}`)
    .join(', ');
}
