import { createEventProducer } from '@casetrack/messaging';
import { Message } from 'kafkajs';
import { MediationEventGenerator } from '../events/mediation-events';
import { figure, ScenarioResult } from '../report/figures';
import { DISTRICTS, topicPrefix } from '../settings';
import { prefixedTopics } from '../support/kafka-topics';
import { BackendCpu } from '../support/pg-backends';
import { sleep } from '../support/poll';
import { readProcess } from '../support/proc-stats';
import { startMediation } from '../support/services';
import { Progress, steadyRate } from '../support/stats';
import { BenchContext } from './context';

/**
 * Scenario 4: N valid outbox rows wait in mediation.outbox while the mediation service is stopped;
 * it is started (relay on) and timed until no row is unsent. Baseline: the bench process produces
 * the same N messages from memory, in batches of the relay's size, with casetrack's event producer
 * (idempotent, acks=all, one request in flight).
 */
export async function runRelay(ctx: BenchContext): Promise<ScenarioResult> {
  const s = ctx.settings;
  const n = s.relay.rows;
  const prefix = topicPrefix(s, 'relay');
  const topic = prefixedTopics(prefix).mediation;
  await ctx.kafka.createTopics(prefix);

  // The same events for both sides, so both publish the same bytes with the same keys.
  const messages: Message[] = [];
  const rows: { ids: string[]; keys: string[]; types: string[]; values: string[] } = { ids: [], keys: [], types: [], values: [] };
  for (const batch of new MediationEventGenerator(DISTRICTS.relay, n, 'casetrack-bench-relay').batches(10_000))
    for (const e of batch) {
      const value = JSON.stringify(e);
      messages.push({ key: e.caseId, value });
      rows.ids.push(e.eventId);
      rows.keys.push(e.caseId);
      rows.types.push(e.type);
      rows.values.push(value);
    }

  // Run alone (BENCH_ONLY=relay) the schema does not exist yet: let the service migrate it, relay off.
  const { rows: [table] } = await ctx.db.query<{ t: string | null }>("SELECT to_regclass('mediation.outbox')::text AS t");
  if (table.t === null) await (await startMediation(s, { topicPrefix: prefix, district: DISTRICTS.relay, label: 'relay-migrate', extraEnv: { RELAY_ENABLED: 'false' } })).stop();

  const unsent = async () => Number((await ctx.db.query<{ n: string }>('SELECT count(*) AS n FROM mediation.outbox WHERE sent_at IS NULL')).rows[0].n);
  const before = await unsent();
  if (before !== 0) throw new Error(`mediation.outbox has ${before} unsent rows before the relay scenario`);
  ctx.log(`relay: inserting ${n.toLocaleString('en-US')} outbox rows while the mediation service is stopped`);
  for (let i = 0; i < n; i += 10_000) {
    const slice = (a: string[]) => a.slice(i, i + 10_000);
    await ctx.db.query(
      `INSERT INTO mediation.outbox (event_id, topic, partition_key, event_type, value)
       SELECT id, $1, k, t, v FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[]) AS u(id, k, t, v)`,
      [topic, slice(rows.ids), slice(rows.keys), slice(rows.types), slice(rows.values)],
    );
  }
  // The relay publishes what it finds; the planner should know the table's new size.
  await ctx.db.query('ANALYZE mediation.outbox');

  ctx.log('relay: starting mediation (relay on)');
  const spawnedAt = performance.now();
  const progress: Progress[] = [];
  const mediation = await startMediation(s, { topicPrefix: prefix, district: DISTRICTS.relay, label: 'relay-mediation' });
  const processCpuAtStart = readProcess(mediation.pid).cpuSeconds;
  const backends = await new BackendCpu(ctx.db, ['mediation-relay']).begin();
  let relayCpuSeconds = 0;
  try {
    const deadline = Date.now() + 600_000;
    for (;;) {
      const left = await unsent();
      progress.push({ at: performance.now(), done: n - left });
      if (left === 0 || Date.now() > deadline) break;
      await sleep(50);
    }
    relayCpuSeconds = readProcess(mediation.pid).cpuSeconds - processCpuAtStart + (await backends.end()).cpuSeconds;
  } finally {
    await mediation.stop();
  }
  const relay = steadyRate(progress);
  const relayDone = progress[progress.length - 1].done === n;

  ctx.log('relay: baseline producer from memory');
  const producer = createEventProducer(ctx.kafka.kafka);
  await producer.connect();
  const sent: Progress[] = [{ at: performance.now(), done: 0 }];
  const benchCpuAtStart = process.cpuUsage();
  try {
    for (let i = 0; i < n; i += s.relay.batchSize) {
      await producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages: messages.slice(i, i + s.relay.batchSize) }] });
      sent.push({ at: performance.now(), done: Math.min(n, i + s.relay.batchSize) });
    }
  } finally {
    await producer.disconnect();
  }
  const benchCpu = process.cpuUsage(benchCpuAtStart);
  const baseline = steadyRate(sent);
  const onTopic = await ctx.kafka.topicSize(topic);

  const figures = [
    figure('relay', `outbox rows published per second (${n.toLocaleString('en-US')} waiting)`, 'rows/s', relayDone && relay ? relay.perSecond : null, baseline?.perSecond ?? null, { kind: 'atLeast', minRatio: 0.5 }),
    figure('relay', 'time until every row is sent (from process start)', 's', relayDone ? (progress[progress.length - 1].at - spawnedAt) / 1000 : null, baseline ? (sent[sent.length - 1].at - sent[0].at) / 1000 : null),
    figure('relay', 'CPU per 1,000 rows (process + PostgreSQL)', 'ms', (relayCpuSeconds / n) * 1e6, ((benchCpu.user + benchCpu.system) / 1e3 / n) * 1000),
    figure('relay', 'messages on the topic (relay + baseline)', '', onTopic, null, { kind: 'equals', value: 2 * n }),
  ];
  const notes = [
    `${n.toLocaleString('en-US')} valid mediation events inserted into mediation.outbox while the service was stopped; sent_at polled every 50 ms after start; rows/s from the first poll that saw rows sent to the last (start-up left out; the baseline is measured the same way, from its first batch)`,
    `relay: batch size ${s.relay.batchSize} (its default): SELECT the oldest unsent rows, sendBatch (idempotent producer, acks=all), UPDATE sent_at, repeat`,
    'CPU per 1,000 rows: the mediation process (from its health check to the last row sent, so its idle HTTP side included) and the relay\'s PostgreSQL backend; baseline: the bench process while it produces',
    `baseline: the same ${n.toLocaleString('en-US')} messages from memory, sendBatch of ${s.relay.batchSize} at a time with createEventProducer (the relay's producer settings)`,
  ];
  if (!relayDone) notes.push(`the relay did not send every row within 10 minutes (${progress[progress.length - 1].done} of ${n})`);
  return { figures, notes, details: { relay, baseline, onTopic } };
}
