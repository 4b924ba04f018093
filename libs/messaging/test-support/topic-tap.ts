import { CaseEvent, parseEvent } from '@casetrack/contracts';
import { randomUUID } from 'node:crypto';
import { Consumer, IHeaders, Kafka, KafkaMessage } from 'kafkajs';

/** One message as a tap saw it. */
export interface TappedMessage {
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
  /** The parsed event, when the value is a valid event. */
  event?: CaseEvent;
}

/**
 * Commits, for a new consumer group, the current end of each partition of `topic`: the group then
 * reads only what comes next. Takes a few seconds (KafkaJS joins the group and waits for a fetch).
 */
export async function startGroupAtEnd(kafka: Kafka, groupId: string, topic: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    await admin.setOffsets({ groupId, topic, partitions: offsets.map((o) => ({ partition: o.partition, offset: o.high })) });
  } finally {
    await admin.disconnect();
  }
}

/** Deletes consumer groups a test created on a shared broker (best effort: a group may be gone already). */
export async function deleteGroups(kafka: Kafka, groupIds: string[]): Promise<void> {
  if (groupIds.length === 0) return;
  const admin = kafka.admin();
  try {
    await admin.connect();
    await admin.deleteGroups(groupIds);
  } catch {
    // Leftover empty groups expire on their own (offsets.retention.minutes).
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/**
 * A plain reader of one topic, keeping the messages `keep` accepts, each position once. Opened
 * `fromEnd`, it sees only messages produced after `open` returned, so a test can pick its own out
 * of a shared topic.
 */
export class TopicTap {
  readonly messages: TappedMessage[] = [];
  private readonly groupId = `msg-int-tap-${randomUUID()}`;
  private readonly seen = new Set<string>();
  private consumer?: Consumer;

  private constructor(
    private readonly kafka: Kafka,
    private readonly keep: (m: TappedMessage) => boolean,
    /** Per partition, the first offset to keep. */
    private readonly start: Map<number, bigint>,
  ) {}

  /** Opens a tap at the end (`fromEnd`) or the beginning of the topic. */
  static async open(kafka: Kafka, topic: string, from: 'fromEnd' | 'fromBeginning', keep: (m: TappedMessage) => boolean): Promise<TopicTap> {
    const start = new Map<number, bigint>();
    if (from === 'fromEnd') {
      const admin = kafka.admin();
      await admin.connect();
      try {
        for (const o of await admin.fetchTopicOffsets(topic)) start.set(o.partition, BigInt(o.high));
      } finally {
        await admin.disconnect();
      }
    }
    const tap = new TopicTap(kafka, keep, start);
    const consumer = kafka.consumer({ groupId: tap.groupId, maxWaitTimeInMs: 200, allowAutoTopicCreation: false });
    tap.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: from === 'fromBeginning' });
    await consumer.run({ autoCommit: false, eachMessage: async ({ partition, message }) => tap.receive(partition, message) });
    // Seeking is quicker than committing offsets for a new group (admin.setOffsets waits for a whole fetch).
    for (const [partition, offset] of start) consumer.seek({ topic, partition, offset: offset.toString() });
    return tap;
  }

  /** The kept messages that are valid events, in arrival order. */
  events(): CaseEvent[] {
    return this.messages.flatMap((m) => (m.event ? [m.event] : []));
  }

  /** Disconnects and deletes the tap's consumer group. */
  async close(): Promise<void> {
    await this.consumer?.disconnect().catch(() => undefined);
    this.consumer = undefined;
    await deleteGroups(this.kafka, [this.groupId]);
  }

  private receive(partition: number, message: KafkaMessage): void {
    // A seek or a rejoin can deliver a position again; a position is one message.
    const position = `${partition}@${message.offset}`;
    if (this.seen.has(position) || BigInt(message.offset) < (this.start.get(partition) ?? 0n)) return;
    this.seen.add(position);
    const value = message.value?.toString('utf8') ?? null;
    const parsed = parseEvent(value);
    const tapped: TappedMessage = {
      partition,
      offset: message.offset,
      key: message.key?.toString('utf8') ?? null,
      value,
      headers: stringHeaders(message.headers),
      event: parsed.ok ? parsed.event : undefined,
    };
    if (this.keep(tapped)) this.messages.push(tapped);
  }
}

/** Keeps the valid events of one district. */
export const ofDistrict = (district: string) => (m: TappedMessage) => m.event?.district === district;

function stringHeaders(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) if (value !== undefined) out[name] = String(value);
  return out;
}
