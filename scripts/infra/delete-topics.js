#!/usr/bin/env node
'use strict';
/*
 * Deletes the casetrack topics of one CASETRACK_TOPIC_PREFIX (the test run's own topics).
 * Refuses to run without a prefix: the real topics are the system's record and are never deleted.
 */
process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
const path = require('path');
const { Kafka, logLevel } = require('kafkajs');

const prefix = process.env.CASETRACK_TOPIC_PREFIX || '';
if (!prefix) {
  console.error('delete-topics: CASETRACK_TOPIC_PREFIX is not set; refusing to delete the real topics');
  process.exit(2);
}
const spec = require(path.resolve(__dirname, '..', '..', 'libs', 'contracts', 'src', 'topics.json'));
const brokers = (process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(',');

(async () => {
  const admin = new Kafka({ clientId: 'casetrack-delete-topics', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const topics = Object.values(spec.topics).map((t) => `${prefix}${t}`).filter((t) => existing.has(t));
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 15000 });
    console.log(`[test] deleted ${topics.length} topic(s) of ${prefix}`);
  } finally {
    await admin.disconnect();
  }
})().catch((err) => {
  console.error(`delete-topics: ${err.message}`);
  process.exit(1);
});
