#!/usr/bin/env node
'use strict';
/*
 * Creates the casetrack Kafka topics (idempotent).
 *
 * The topic list and partition count come from libs/contracts/src/topics.json,
 * the same file the services use, so infrastructure and code cannot drift.
 * Plain CommonJS on purpose: it runs with `node` before anything is built
 * (local scripts, the docker-compose "kafka-init" one-shot service).
 *
 * Env:
 *   KAFKA_BROKERS             comma separated host:port list (default 127.0.0.1:9092)
 *   KAFKA_REPLICATION_FACTOR  replication factor for new topics (default 1)
 *   KAFKA_WAIT_TIMEOUT_MS     how long to wait for the broker to answer (default 60000)
 */

// Must be set before kafkajs is loaded; avoids a warning on every run.
process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';

const fs = require('fs');
const path = require('path');
const { Kafka, logLevel } = require('kafkajs');

const TOPICS_FILE = path.resolve(__dirname, '..', '..', 'libs', 'contracts', 'src', 'topics.json');
const brokers = (process.env.KAFKA_BROKERS || '127.0.0.1:9092')
  .split(',')
  .map((b) => b.trim())
  .filter(Boolean);
const replicationFactor = positiveInt(process.env.KAFKA_REPLICATION_FACTOR, 1, 'KAFKA_REPLICATION_FACTOR');
const waitTimeoutMs = positiveInt(process.env.KAFKA_WAIT_TIMEOUT_MS, 60000, 'KAFKA_WAIT_TIMEOUT_MS');

function positiveInt(raw, fallback, name) {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return n;
}

function readTopics() {
  const spec = JSON.parse(fs.readFileSync(TOPICS_FILE, 'utf8'));
  // Same prefix rule as libs/contracts/src/topics.ts (CASETRACK_TOPIC_PREFIX, unset normally).
  const prefix = process.env.CASETRACK_TOPIC_PREFIX || '';
  const names = Object.values(spec.topics || {}).map((name) => `${prefix}${name}`);
  if (!Number.isInteger(spec.partitions) || spec.partitions < 1 || names.length === 0) {
    throw new Error(`${TOPICS_FILE}: expected { "partitions": <int>, "topics": { ... } }`);
  }
  return { partitions: spec.partitions, names: [...new Set(names)] };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// A broker whose port is open may still be starting (KRaft election, metadata
// replay): retry until it actually answers a metadata request.
async function waitForBroker(admin) {
  const deadline = Date.now() + waitTimeoutMs;
  let lastError;
  for (let attempt = 1; Date.now() < deadline; attempt++) {
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      if (cluster.brokers.length > 0 && cluster.controller !== null) return cluster;
      lastError = new Error('broker answered but has no controller yet');
    } catch (err) {
      lastError = err;
    }
    await admin.disconnect().catch(() => {});
    await sleep(Math.min(250 * attempt, 2000));
  }
  throw new Error(
    `Kafka at ${brokers.join(',')} did not answer within ${waitTimeoutMs} ms: ${lastError && lastError.message}`,
  );
}

/*
 * Waits until every partition of every topic has a leader. Not createTopics' own waitForLeaders:
 * KafkaJS waits there through LEADER_NOT_AVAILABLE only, and a KRaft broker answers
 * UNKNOWN_TOPIC_OR_PARTITION until its metadata has caught up with the controller (KAFKA-15780).
 * The same loop, in TypeScript, is ensureTopics in libs/messaging.
 */
async function waitForLeaders(admin, names) {
  const deadline = Date.now() + 30000;
  let last = 'no answer yet';
  for (;;) {
    try {
      const { topics } = await admin.fetchTopicMetadata({ topics: names });
      const waiting = names.filter((name) => {
        const t = topics.find((x) => x.name === name);
        return !t || t.partitions.length === 0 || t.partitions.some((p) => p.leader < 0);
      });
      if (waiting.length === 0) return;
      last = `no leader yet for ${waiting.join(', ')}`;
    } catch (err) {
      const type = err.type || (err.originalError && err.originalError.type);
      if (type !== 'UNKNOWN_TOPIC_OR_PARTITION' && type !== 'LEADER_NOT_AVAILABLE') throw err;
      last = err.message;
    }
    if (Date.now() > deadline) throw new Error(`topics not served within 30000 ms: ${last}`);
    await sleep(100);
  }
}

async function main() {
  const { partitions, names } = readTopics();
  const kafka = new Kafka({
    clientId: 'casetrack-create-topics',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 3000,
    requestTimeout: 30000,
    // Our own loop in waitForBroker does the waiting; keep kafkajs' retries short.
    retry: { retries: 2, initialRetryTime: 200 },
  });
  const admin = kafka.admin();
  try {
    const cluster = await waitForBroker(admin);
    const existing = new Set(await admin.listTopics());
    const missing = names.filter((t) => !existing.has(t));

    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: false,
        timeout: 30000,
        topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor })),
      });
    }
    await waitForLeaders(admin, names);

    // Report, and warn when an existing topic does not match the contract
    // (partition count only grows in Kafka; we never alter topics silently).
    const { topics } = await admin.fetchTopicMetadata({ topics: names });
    const byName = new Map(topics.map((t) => [t.name, t]));
    for (const name of names) {
      const t = byName.get(name);
      const count = t ? t.partitions.length : 0;
      const what = missing.includes(name) ? 'created' : 'exists ';
      const note = count === partitions ? '' : `  WARNING: expected ${partitions} partitions`;
      console.log(`  ${what} ${name} (${count} partitions)${note}`);
    }
    console.log(
      `Kafka topics ready on ${brokers.join(',')} (cluster ${cluster.clusterId}): ` +
        `${missing.length} created, ${names.length - missing.length} already present.`,
    );
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`create-topics: ${err && err.message ? err.message : err}`);
    process.exit(1);
  },
);
