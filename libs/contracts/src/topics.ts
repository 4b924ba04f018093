import topicConfig from './topics.json';

/** Every Kafka topic of casetrack; use these constants, never a typed-in string. */
export const Topics = {
  mediation: topicConfig.topics.mediation,
  legalAid: topicConfig.topics.legalAid,
  adminReview: topicConfig.topics.adminReview,
  fileReview: topicConfig.topics.fileReview,
  deadLetter: topicConfig.topics.deadLetter,
} as const;

/** The topics the case services publish to (the reporting service reads these). */
export const CASE_TOPICS = [Topics.mediation, Topics.legalAid, Topics.adminReview, Topics.fileReview] as const;

export const TOPIC_PARTITIONS = topicConfig.partitions;
