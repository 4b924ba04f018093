/** The p-th percentile (0–100) of values by the nearest-rank method; null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** p50, p99 and max of a set of latencies. */
export function latencySummary(values: readonly number[]) {
  return { count: values.length, p50: percentile(values, 50), p99: percentile(values, 99), max: values.length ? Math.max(...values) : null };
}

/** A progress observation: at time `at` (ms, performance.now()), `done` items were complete. */
export interface Progress {
  at: number;
  done: number;
}

/**
 * Items per second from the first observation that saw progress to the last: the items of the first
 * observed step are left out, so start-up (connecting, joining a group) does not count, and both sides
 * of a comparison are measured the same way.
 */
export function steadyRate(observations: readonly Progress[]): { perSecond: number; items: number; seconds: number } | null {
  const first = observations.find((o) => o.done > 0);
  const last = observations[observations.length - 1];
  if (!first || !last || last.at <= first.at) return null;
  const items = last.done - first.done;
  const seconds = (last.at - first.at) / 1000;
  return { perSecond: items / seconds, items, seconds };
}
