import topicConfig from './topics.json';

/**
 * An optional prefix for every topic name (CASETRACK_TOPIC_PREFIX, e.g. "bench."), so a benchmark
 * or an experiment can run against the same broker without touching the real topics.
 * Unset in normal use: the topics are exactly those of the design.
 */
export const TOPIC_PREFIX = process.env.CASETRACK_TOPIC_PREFIX ?? '';

const named = (name: string) => `${TOPIC_PREFIX}${name}`;

/** Every Kafka topic of casetrack; use these constants, never a typed-in string. */
export const Topics = {
  mediation: named(topicConfig.topics.mediation),
  legalAid: named(topicConfig.topics.legalAid),
  adminReview: named(topicConfig.topics.adminReview),
  fileReview: named(topicConfig.topics.fileReview),
  legalAffairs: named(topicConfig.topics.legalAffairs),
  publicLegalServices: named(topicConfig.topics.publicLegalServices),
  legalEducation: named(topicConfig.topics.legalEducation),
  deadLetter: named(topicConfig.topics.deadLetter),
} as const;

/** The topics the reporting service reads: every case service's. */
export const CASE_TOPICS = [
  Topics.mediation, Topics.legalAid, Topics.adminReview, Topics.fileReview, Topics.legalAffairs,
  Topics.publicLegalServices,
  Topics.legalEducation,
] as const;

export const TOPIC_PARTITIONS = topicConfig.partitions;
