#!/usr/bin/env node
'use strict';
/*
 * Deletes the casetrack topics of one CASETRACK_TOPIC_PREFIX (the test run's own topics).
 * Refuses to run without a prefix: the real topics are the system's record and are never deleted.
 */
process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
const { Kafka, logLevel } = require('kafkajs');

const prefix = process.env.CASETRACK_TOPIC_PREFIX || '';
if (!prefix || 'casetrack.'.startsWith(prefix) || !prefix.endsWith('.')) {
  console.error(`delete-topics: CASETRACK_TOPIC_PREFIX "${prefix}" is unset, does not end with a dot or would match the real topics; refusing`);
  process.exit(2);
}
const brokers = (process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(',');

(async () => {
  const admin = new Kafka({ clientId: 'casetrack-delete-topics', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    // Every topic of the run: the case topics under the prefix and any a suite made below it.
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 15000 });
    console.log(`[test] deleted ${topics.length} topic(s) of ${prefix}`);
  } finally {
    await admin.disconnect();
  }
})().catch((err) => {
  console.error(`delete-topics: ${err.message}`);
  process.exit(1);
});
