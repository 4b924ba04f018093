import { EnvReader } from '@casetrack/platform';

export interface ReportingConfig {
  /** Kafka consumer group of the projections; a new group replays the topics from offset 0. */
  groupId: string;
  /** Session timeout of the consumer group (ms). */
  sessionTimeoutMs: number;
  /**
   * PostgreSQL schema of the projections. A rebuild fills `<schema>_next` and swaps it in; the group
   * id a rebuild switched to is kept in `<schema>_meta`, which no rebuild renames.
   */
  schema: string;
  /** Failed attempts at a batch before its failing events are dead-lettered (CONSUMER_MAX_ATTEMPTS). */
  consumerMaxAttempts: number;
  /** Partitions the consumer (live or rebuild) applies at once, each in its own transaction (REPORTING_PARTITIONS_CONCURRENTLY). */
  partitionsConcurrently: number;
  /** A rebuild running longer than this ends as timed-out (REBUILD_TIMEOUT_MINUTES). */
  rebuildTimeoutMs: number;
  /** A rebuild with a partition behind its end that has not moved for this long ends as timed-out (REBUILD_STALL_TIMEOUT_MINUTES). */
  rebuildStallTimeoutMs: number;
  /** The longest the live consumer stands still for a rebuild's final catch-up before it resumes (REBUILD_CATCH_UP_SECONDS). */
  rebuildCatchUpMs: number;
  /** A consumer (live or rebuild) with a partition behind its end that has not moved for this long is reported stalled (REPORTING_STALL_SECONDS). */
  stallAfterMs: number;
}

export const REPORTING_CONFIG = Symbol('REPORTING_CONFIG');

/** Reporting settings from the environment (REPORTING_GROUP_ID, REPORTING_SESSION_TIMEOUT_MS, REPORTING_SCHEMA, CONSUMER_MAX_ATTEMPTS, REPORTING_PARTITIONS_CONCURRENTLY, REBUILD_*, REPORTING_STALL_SECONDS). */
export function loadReportingConfig(env: NodeJS.ProcessEnv = process.env): ReportingConfig {
  const r = new EnvReader(env);
  const config = {
    groupId: r.matching('REPORTING_GROUP_ID', 'casetrack-reporting', (v) => /^[A-Za-z0-9._-]{1,200}$/.test(v), 'letters, digits, dot, underscore or hyphen'),
    sessionTimeoutMs: r.int('REPORTING_SESSION_TIMEOUT_MS', 30_000, { min: 6_000, max: 300_000 }),
    // Short enough that `<schema>_retired_<timestamp>` stays within PostgreSQL's 63-character names.
    schema: r.matching('REPORTING_SCHEMA', 'reporting', (v) => /^[a-z][a-z0-9_]{0,29}$/.test(v), 'a lower-case SQL name of at most 30 characters'),
    consumerMaxAttempts: r.int('CONSUMER_MAX_ATTEMPTS', 5, { min: 1, max: 1_000 }),
    // 3: one partition's transaction overlaps the next ones' decoding; more mostly adds waits on shared rollup rows (docs/benchmarks.md).
    partitionsConcurrently: r.int('REPORTING_PARTITIONS_CONCURRENTLY', 3, { min: 1, max: 64 }),
    rebuildTimeoutMs: r.int('REBUILD_TIMEOUT_MINUTES', 240, { min: 1, max: 10_080 }) * 60_000,
    rebuildStallTimeoutMs: r.int('REBUILD_STALL_TIMEOUT_MINUTES', 15, { min: 1, max: 1_440 }) * 60_000,
    rebuildCatchUpMs: r.int('REBUILD_CATCH_UP_SECONDS', 30, { min: 1, max: 600 }) * 1_000,
    stallAfterMs: r.int('REPORTING_STALL_SECONDS', 60, { min: 5, max: 86_400 }) * 1_000,
  };
  r.done();
  return config;
}
