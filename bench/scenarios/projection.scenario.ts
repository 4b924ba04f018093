import { MediationEventGenerator } from '../events/mediation-events';
import { figure, ScenarioResult } from '../report/figures';
import { DISTRICTS, groupId, topicPrefix } from '../settings';
import { prefixedTopics } from '../support/kafka-topics';
import { orTimeout, sleep } from '../support/poll';
import { BackendCpu } from '../support/pg-backends';
import { ProcessSampler, ProcessUsage } from '../support/proc-stats';
import { ChildNode } from '../support/processes';
import { annualReport, startReporting } from '../support/services';
import { Progress, steadyRate } from '../support/stats';
import { BenchContext } from './context';

/** Produces the generated year onto the topic as fast as KafkaJS goes (set-up, not measured against a goal). */
async function produce(ctx: BenchContext, topic: string, generator: MediationEventGenerator): Promise<number> {
  const producer = ctx.kafka.kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const started = performance.now();
  try {
    const inFlight = new Set<Promise<unknown>>();
    let failure: unknown;
    for (const batch of generator.batches(5_000)) {
      // Two sends in flight on the one connection: the broker handles them in order, so each case's
      // registration still precedes its conclusion on its partition.
      while (inFlight.size >= 2) await Promise.race(inFlight);
      if (failure) throw failure;
      const send = producer.send({ topic, acks: -1, messages: batch.map((e) => ({ key: e.caseId, value: JSON.stringify(e) })) });
      inFlight.add(send);
      send.then(
        () => inFlight.delete(send),
        (err) => {
          failure ??= err;
          inFlight.delete(send);
        },
      );
    }
    await Promise.allSettled(inFlight);
    if (failure) throw failure;
  } finally {
    await producer.disconnect();
  }
  return (performance.now() - started) / 1000;
}

/**
 * Scenario 2: N generated mediation events wait on the scenario's mediation topic; a reporting
 * service with a fresh consumer group (so from offset 0) applies them, timed by polling the annual
 * report until registered, succeeded and failed equal the generator's totals exactly. Baseline: a
 * bare KafkaJS consumer that only parses the JSON reads the same N messages.
 */
export async function runProjection(ctx: BenchContext): Promise<ScenarioResult> {
  const s = ctx.settings;
  const n = s.projection.events;
  const prefix = topicPrefix(s, 'projection');
  const district = DISTRICTS.projection;
  const topic = prefixedTopics(prefix).mediation;
  await ctx.kafka.createTopics(prefix);

  ctx.log(`projection: producing ${n.toLocaleString('en-US')} events to ${topic}`);
  const generator = new MediationEventGenerator(district, n);
  const produceSeconds = await produce(ctx, topic, generator);
  const onTopic = await ctx.kafka.topicSize(topic);
  if (onTopic !== n) throw new Error(`expected ${n} messages on ${topic}, found ${onTopic}`);
  const totals = generator.totals;
  const notes = [
    `${n.toLocaleString('en-US')} events (${totals.registered} registered; ${totals.succeeded + totals.failed} concluded: ${totals.succeeded} success, ${totals.failed} failure) over ${totals.registered} cases, produced in ${produceSeconds.toFixed(1)} s (${Math.round(n / produceSeconds).toLocaleString('en-US')}/s) before either side starts`,
    'events/s is measured from the first observation of applied events to the last (start-up and group join left out, the same on both sides); "time to apply all" counts from process start',
  ];

  ctx.log('projection: baseline bare consumer');
  const bare = ChildNode.spawn(
    s.runId,
    {
      name: 'projection-bare-consumer',
      script: 'dist/bench/baseline/bare-consumer.js',
      env: { KAFKA_BROKERS: s.kafkaBrokers.join(','), TOPIC: topic, GROUP_ID: ctx.kafka.useGroup(`${groupId(s, 'projection')}-bare`), EXPECTED: String(n) },
    },
    true,
  );
  const bareExit = await orTimeout(bare.waitExit(), s.projection.timeoutSeconds * 1000);
  if (bareExit !== 0) {
    await bare.stop();
    throw new Error(`the bare consumer did not finish (${bareExit})\n${bare.logTail()}`);
  }
  const baseline = JSON.parse(bare.stdout.trim().split('\n').pop()!) as { parsed: number; secondsFromStart: number; steady: { perSecond: number } | null; cpuSeconds: number };

  ctx.log('projection: reporting service with a fresh consumer group');
  const spawnedAt = performance.now();
  const reporting = await startReporting(s, {
    topicPrefix: prefix,
    district,
    label: 'projection-reporting',
    groupId: ctx.kafka.useGroup(groupId(s, 'projection')),
  });
  const backends = await new BackendCpu(ctx.db, ['reporting']).begin();
  const sampler = new ProcessSampler({ reporting: reporting.pid }, s.cost.sampleIntervalMs).start();
  const progress: Progress[] = [];
  let last: { registered?: number; succeeded?: number; failed?: number } = {};
  let matched = false;
  let usage: ProcessUsage;
  let postgres: { cpuSeconds: number };
  try {
    const deadline = Date.now() + s.projection.timeoutSeconds * 1000;
    while (Date.now() < deadline) {
      const { body } = await annualReport(s, 2019, district);
      const at = performance.now();
      last = body?.mediation ?? {};
      const applied = (last.registered ?? 0) + (last.succeeded ?? 0) + (last.failed ?? 0);
      progress.push({ at, done: applied });
      if (last.registered === totals.registered && last.succeeded === totals.succeeded && last.failed === totals.failed) {
        matched = true;
        break;
      }
      if (applied > n) break; // more than was produced: it can never match
      await sleep(100);
    }
  } finally {
    // The CPU figures are read before the process and its database connections go away.
    usage = sampler.stop().reporting;
    postgres = await backends.end();
    await reporting.stop();
  }
  const cpuSeconds = (usage.cpuPercent / 100) * usage.seconds + postgres.cpuSeconds;
  const steady = steadyRate(progress);
  const totalSeconds = (progress[progress.length - 1].at - spawnedAt) / 1000;
  const figures = [
    figure('projection', 'events applied per second', 'ev/s', matched && steady ? steady.perSecond : null, baseline.steady?.perSecond ?? null, { kind: 'atLeast', min: 25_000, minRatio: 0.5 }),
    figure('projection', `time to apply all ${n.toLocaleString('en-US')} (from process start)`, 's', matched ? totalSeconds : null, baseline.secondsFromStart),
    figure('projection', 'CPU per 1,000 events (process + PostgreSQL)', 'ms', (cpuSeconds / n) * 1e6, (baseline.cpuSeconds / n) * 1e6),
    figure('projection', 'reporting process CPU while applying', '%', usage.cpuPercent, null),
    figure('projection', 'registered / succeeded / failed equal the generator\'s', '', matched ? 'exact' : `got ${last.registered}/${last.succeeded}/${last.failed}`, null, { kind: 'equals', value: 'exact' }),
  ];
  if (!matched)
    notes.push(`the report never matched: expected ${totals.registered}/${totals.succeeded}/${totals.failed}, last seen ${last.registered}/${last.succeeded}/${last.failed}`);
  notes.push(
    `CPU per 1,000 events: casetrack = the reporting process (from its start to the match) and its PostgreSQL backends (${postgres.cpuSeconds.toFixed(1)} s of the ${cpuSeconds.toFixed(1)} s); baseline = the bare consumer process`,
  );
  return { figures, notes, details: { totals, produceSeconds, baseline, steady, totalSeconds, matched, usage, postgresCpuSeconds: postgres.cpuSeconds } };
}
