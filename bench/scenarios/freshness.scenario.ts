import { kafkaRoundTrip } from '../baseline/kafka-round-trip';
import { figure, ScenarioResult } from '../report/figures';
import { DISTRICTS, groupId, topicPrefix } from '../settings';
import { authHeader } from '../support/auth';
import { prefixedTopics } from '../support/kafka-topics';
import { openLoop, postJson, PostOutcome } from '../support/open-loop';
import { sleep, waitFor } from '../support/poll';
import { annualReport, mediationByMonth, startMediation, startReporting } from '../support/services';
import { latencySummary, Progress } from '../support/stats';
import { BenchContext } from './context';
import { BENCH_COMMITTEE, insertRegisteredDisputes } from './dispute-pool';

/**
 * Probe k concludes a dispute in month k % 12 + 1 of year FIRST_PROBE_YEAR + ⌊k / 12⌋: a bucket of its
 * own. Every bucket lies in the past (the services refuse business times in the future) and before
 * the background's 2019; the reports start at 1949, the primer's year.
 */
const FIRST_PROBE_YEAR = 1950;
const LAST_PROBE_YEAR = 2018;
const PRIMER_YEAR = 1949;

const conclusion = (year: number, n: number) =>
  JSON.stringify({ result: 'success', concludedAt: `${year}-06-${String(1 + (n % 28)).padStart(2, '0')}T16:00:00+08:00`, agreement: 'oral' });

const probeConclusion = (p: Probe) => JSON.stringify({ result: 'success', concludedAt: `${p.year}-${String(p.month).padStart(2, '0')}-15T16:00:00+08:00`, agreement: 'oral' });

interface Probe {
  year: number;
  month: number;
  outcome?: PostOutcome;
  seenAt?: number;
}

const probeAt = (k: number) => ({ year: FIRST_PROBE_YEAR + Math.floor(k / 12), month: (k % 12) + 1 });

/**
 * For each background conclusion j (in the order their 200s arrived), the time the 2019 counter
 * first showed j conclusions, minus its 200: exact if events are applied in acknowledgement order,
 * otherwise off by the reordering within one relay/consumer batch.
 */
function attributeByCount(acks: number[], timeline: Progress[]): number[] {
  const sorted = [...acks].sort((a, b) => a - b);
  const out: number[] = [];
  let t = 0;
  for (let j = 0; j < sorted.length; j++) {
    while (t < timeline.length && timeline[t].done < j + 1) t++;
    if (t === timeline.length) break;
    out.push(Math.max(0, timeline[t].at - sorted[j]));
  }
  return out;
}

/**
 * Scenario 3: conclusions at a steady rate for a while (open loop), and for each the time from its
 * 200 to its appearance in GET /v1/reports/annual/{year}. Probes (4 per second) each conclude a
 * dispute in a year of its own, polled until that year shows it: exact per probe. Every other
 * conclusion is counted in 2019 and attributed by count. Baseline: Kafka alone at the same rate.
 */
export async function runFreshness(ctx: BenchContext): Promise<ScenarioResult> {
  const s = ctx.settings;
  const f = s.freshness;
  const prefix = topicPrefix(s, 'freshness');
  const district = DISTRICTS.freshness;
  const committeeCode = `BENCH-FRESH-${s.runId}`;
  const total = f.ratePerSecond * f.durationSeconds;
  const probeEvery = Math.round(f.ratePerSecond / f.probesPerSecond);
  const probeCount = Math.ceil(total / probeEvery);
  if (probeAt(probeCount - 1).year > LAST_PROBE_YEAR) throw new Error(`${probeCount} probes do not fit in the months of ${FIRST_PROBE_YEAR}–${LAST_PROBE_YEAR}`);
  const warmupCount = f.ratePerSecond * f.warmupSeconds;
  const port = s.ports.mediation;
  const clerk = authHeader(s, 'mediation-clerk', committeeCode);
  const key = (n: string) => ({ ...clerk, 'idempotency-key': `${s.runId}-fresh-${n}` });
  const notes: string[] = [];
  await ctx.kafka.createTopics(prefix);

  ctx.log('freshness: starting mediation and reporting');
  const mediation = await startMediation(s, { topicPrefix: prefix, district, label: 'freshness-mediation' });
  const probes: Probe[] = [];
  const outcomes: PostOutcome[] = [];
  const timeline: Progress[] = [];
  let schedule: { maxLagMs: number; seconds: number };
  try {
    const reporting = await startReporting(s, { topicPrefix: prefix, district, label: 'freshness-reporting', groupId: ctx.kafka.useGroup(groupId(s, 'freshness')) });
    try {
      const created = await postJson(port, '/v1/committees', JSON.stringify({ code: committeeCode, name: 'Bench freshness room', kind: BENCH_COMMITTEE.kind }), { ...authHeader(s, 'admin'), 'idempotency-key': `${s.runId}-fresh-committee` });
      if (created.status !== 201) throw new Error(`POST /v1/committees answered ${created.status}`);
      const warmPool = await insertRegisteredDisputes(ctx.db, 'mediation.disputes', committeeCode, warmupCount);
      const pool = await insertRegisteredDisputes(ctx.db, 'mediation.disputes', committeeCode, total - probeCount);
      const probeIds: string[] = [];
      for (let k = 0; k < probeCount; k++)
        probeIds.push(...(await insertRegisteredDisputes(ctx.db, 'mediation.disputes', committeeCode, 1, `${probeAt(k).year}-01-01T09:00:00+08:00`)));
      const [primer] = await insertRegisteredDisputes(ctx.db, 'mediation.disputes', committeeCode, 1, `${PRIMER_YEAR}-03-01T09:00:00+08:00`);

      // The pipeline is live (relay leading, consumer in its group) once a primer shows in its year.
      await postJson(port, `/v1/disputes/${primer}/conclusion`, conclusion(PRIMER_YEAR, 0), key('primer'));
      await waitFor(() => annualReport(s, PRIMER_YEAR, district), (r) => r.body?.mediation?.mediated === 1, { timeoutMs: 90_000, what: 'the primer conclusion in the report' });

      ctx.log(`freshness: ${f.warmupSeconds} s warm-up at ${f.ratePerSecond}/s`);
      const warm: Promise<PostOutcome>[] = [];
      await openLoop(warmupCount, f.ratePerSecond, (i) => warm.push(postJson(port, `/v1/disputes/${warmPool[i]}/conclusion`, conclusion(2019, i), key(`warm-${i}`))));
      const base = (await Promise.all(warm)).filter((o) => o.status === 200).length;
      await waitFor(() => annualReport(s, 2019, district), (r) => r.body?.mediation?.mediated === base, { timeoutMs: 90_000, what: 'the warm-up in the report' });

      ctx.log(`freshness: ${f.durationSeconds} s at ${f.ratePerSecond} conclusions/s`);
      let polling = true;
      const probePoller = (async () => {
        while (polling) {
          const open = probes.filter((p) => p.outcome?.status === 200 && p.seenAt === undefined);
          // One breakdown by month per year with a probe waiting: each month shows its own probe.
          await Promise.all(
            [...new Set(open.map((p) => p.year))].map(async (year) => {
              const r = await mediationByMonth(s, year, district);
              const at = performance.now();
              for (const p of open) if (p.year === year && (r.body?.rows?.[p.month - 1]?.mediated ?? 0) >= 1) p.seenAt = at;
            }),
          );
          await sleep(f.pollIntervalMs);
        }
      })();
      const counterPoller = (async () => {
        while (polling) {
          const r = await annualReport(s, 2019, district);
          timeline.push({ at: performance.now(), done: (r.body?.mediation?.mediated ?? base) - base });
          await sleep(f.pollIntervalMs);
        }
      })();
      const sends: Promise<void>[] = [];
      let next = 0;
      schedule = await openLoop(total, f.ratePerSecond, (i) => {
        if (i % probeEvery === 0) {
          const k = i / probeEvery;
          const probe: Probe = probeAt(k);
          probes.push(probe);
          sends.push(postJson(port, `/v1/disputes/${probeIds[k]}/conclusion`, probeConclusion(probe), key(`probe-${k}`)).then((o) => void (probe.outcome = o)));
        } else {
          const n = next++;
          sends.push(postJson(port, `/v1/disputes/${pool[n]}/conclusion`, conclusion(2019, n), key(`c-${n}`)).then((o) => void outcomes.push(o)));
        }
      });
      await Promise.all(sends);
      const ok = outcomes.filter((o) => o.status === 200).length;
      await waitFor(
        async () => ({ probes: probes.every((p) => p.outcome?.status !== 200 || p.seenAt !== undefined), counted: timeline[timeline.length - 1]?.done ?? 0 }),
        (v) => v.probes && v.counted >= ok,
        { timeoutMs: 60_000, intervalMs: 100, what: 'every conclusion in the report' },
      ).catch((err: Error) => notes.push(err.message));
      polling = false;
      await Promise.all([probePoller, counterPoller]);
    } finally {
      await reporting.stop();
    }
  } finally {
    await mediation.stop();
  }

  ctx.log('freshness: baseline Kafka round trip');
  const basePrefix = topicPrefix(s, 'freshness-baseline');
  await ctx.kafka.createTopics(basePrefix);
  const baseline = await kafkaRoundTrip(ctx.kafka.kafka, prefixedTopics(basePrefix).mediation, ctx.kafka.useGroup(groupId(s, 'freshness-baseline')), total, f.ratePerSecond);

  const okOutcomes = outcomes.filter((o) => o.status === 200);
  const probeOutcomes = probes.flatMap((p) => (p.outcome ? [p.outcome] : []));
  const all = [...outcomes, ...probeOutcomes];
  const probeLatencies = probes.filter((p) => p.seenAt !== undefined && p.outcome).map((p) => p.seenAt! - p.outcome!.doneAt);
  const unseen = probes.filter((p) => p.outcome?.status === 200 && p.seenAt === undefined).length;
  const byProbe = latencySummary(probeLatencies);
  const byCount = latencySummary(attributeByCount(okOutcomes.map((o) => o.doneAt), timeline));
  const kafkaOnly = latencySummary(baseline.latencies);
  const http = latencySummary(all.map((o) => o.doneAt - o.sentAt));
  const answered = all.filter((o) => o.status === 200);
  // Answers per second over the time they took to come back, not over the firing window.
  const answerSeconds = (Math.max(...all.map((o) => o.doneAt)) - Math.min(...all.map((o) => o.sentAt))) / 1000;
  const statusCounts: Record<string, number> = {};
  for (const o of all) statusCounts[o.status] = (statusCounts[o.status] ?? 0) + 1;

  const figures = [
    figure('freshness', `probes (${probes.length}): p50 200 → in report`, 'ms', byProbe.p50, kafkaOnly.p50),
    figure('freshness', 'probes: p99 200 → in report', 'ms', byProbe.p99, kafkaOnly.p99, { kind: 'below', max: 1000 }),
    figure('freshness', 'probes: max 200 → in report', 'ms', byProbe.max, kafkaOnly.max),
    figure('freshness', 'probes answered 200 but never seen in the report', '', unseen, baseline.unseen, { kind: 'equals', value: 0 }),
    figure('freshness', `every conclusion (${byCount.count}, by count): p50`, 'ms', byCount.p50, kafkaOnly.p50),
    figure('freshness', 'every conclusion (by count): p99', 'ms', byCount.p99, kafkaOnly.p99, { kind: 'below', max: 1000 }),
    figure('freshness', 'every conclusion (by count): max', 'ms', byCount.max, kafkaOnly.max),
    // The scenario is "at a steady 500/s": a service that answers slower turns it into a queue, and the
    // freshness figures above then describe a lower rate. This row says whether the rate held.
    figure('freshness', `conclusions answered 200 per second (offered ${f.ratePerSecond}/s)`, '/s', answered.length / answerSeconds, baseline.ackedPerSecond, { kind: 'atLeast', min: Math.floor(0.99 * f.ratePerSecond) }),
    figure('freshness', 'conclusions not answered 200', '', all.length - answered.length, null, { kind: 'equals', value: 0 }),
    figure('freshness', 'HTTP p99 of the conclusions', 'ms', http.p99, null),
  ];
  if (answered.length / answerSeconds < 0.99 * f.ratePerSecond)
    notes.push(
      `the service did not keep up with ${f.ratePerSecond}/s: the answers took ${answerSeconds.toFixed(0)} s instead of ${f.durationSeconds} s (HTTP p99 ${Math.round(http.p99 ?? 0)} ms), so requests queued before their 200 and the freshness figures describe ${Math.round(answered.length / answerSeconds)}/s, not ${f.ratePerSecond}/s`,
    );
  if (all.length > answered.length) notes.push(`answers by status: ${JSON.stringify(statusCounts)} (0 = no answer)`);
  notes.push(
    `${f.ratePerSecond} conclusions/s for ${f.durationSeconds} s from an open-loop scheduler (fires on the clock, never waits for answers; latest it fired: ${schedule!.maxLagMs.toFixed(1)} ms late), after a ${f.warmupSeconds} s warm-up at the same rate`,
    `probes: every ${probeEvery}th conclusion concludes a dispute in a month of its own (January ${FIRST_PROBE_YEAR} to ${probeAt(probeCount - 1).month}/${probeAt(probeCount - 1).year}); its year's breakdown by month is polled every ${f.pollIntervalMs} ms until its month shows 1 mediated: exact per probe, an upper bound by at most one poll interval plus one GET`,
    `every conclusion: the 2019 counter is polled every ${f.pollIntervalMs} ms; the j-th 200 (in arrival order) is taken as visible when the counter first reaches j — exact if events are applied in the order of their 200s`,
    'baseline: Kafka alone at the same open-loop rate, one event-sized message per send (acks=all), read back by a consumer with casetrack\'s fetch settings; from each acknowledgement to the parsed message',
  );
  return { figures, notes, details: { byProbe, byCount, kafkaOnly, http, statusCounts, answerSeconds, schedule: schedule!, probes: probes.map((p) => ({ year: p.year, month: p.month, status: p.outcome?.status, latencyMs: p.seenAt !== undefined && p.outcome ? p.seenAt - p.outcome.doneAt : null })) } };
}
