import { createKafka } from '@casetrack/messaging';
import { Kafka } from 'kafkajs';
import topicConfig from '../../libs/contracts/src/topics.json';

/** Every topic name of the contracts with a prefix: what the services see with CASETRACK_TOPIC_PREFIX set to it. */
export function prefixedTopics(prefix: string) {
  const t = topicConfig.topics;
  return {
    mediation: `${prefix}${t.mediation}`,
    all: Object.values(t).map((name) => `${prefix}${name}`),
  };
}

/**
 * The bench's Kafka: a client with casetrack's shared settings, and the topics and consumer groups
 * it creates, so that it deletes exactly those (and nothing of anyone else) at the end.
 */
export class BenchKafka {
  readonly kafka: Kafka;
  private readonly createdTopics = new Set<string>();
  private readonly usedGroups = new Set<string>();

  constructor(brokers: string[], runId: string) {
    this.kafka = createKafka({ brokers, clientId: runId });
  }

  /** Creates the prefixed contract topics (6 partitions, replication 1) and waits for their leaders. */
  async createTopics(prefix: string): Promise<void> {
    const names = prefixedTopics(prefix).all;
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const missing = names.filter((n) => !existing.has(n));
      if (missing.length > 0)
        await admin.createTopics({
          waitForLeaders: true,
          timeout: 30_000,
          topics: missing.map((topic) => ({ topic, numPartitions: topicConfig.partitions, replicationFactor: 1 })),
        });
      for (const n of names) this.createdTopics.add(n);
    } finally {
      await admin.disconnect();
    }
  }

  /** Remembers a consumer group to delete at the end. */
  useGroup(groupId: string): string {
    this.usedGroups.add(groupId);
    return groupId;
  }

  /** Deletes the consumer groups and topics this run created; reports what it could not delete. */
  async cleanUp(log: (m: string) => void): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      // One at a time: a group that committed no offsets is gone once its members left (GROUP_ID_NOT_FOUND).
      for (const group of this.usedGroups)
        await admin.deleteGroups([group]).catch((err: Error & { groups?: { errorCode?: number; error?: { type?: string } }[] }) => {
          const type = err.groups?.[0]?.error?.type;
          if (type !== 'GROUP_ID_NOT_FOUND') log(`could not delete consumer group ${group}: ${type ?? err.message}`);
        });
      if (this.createdTopics.size > 0)
        await admin.deleteTopics({ topics: [...this.createdTopics], timeout: 30_000 }).catch((err: Error) => log(`could not delete topics: ${err.message}`));
      log(`deleted ${this.createdTopics.size} topic(s) and ${this.usedGroups.size} consumer group(s) of this run`);
    } finally {
      await admin.disconnect();
    }
  }

  /** Sum of the latest offsets of a topic's partitions (messages written, on a topic never truncated). */
  async topicSize(topic: string): Promise<number> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(topic);
      return offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
    } finally {
      await admin.disconnect();
    }
  }
}
