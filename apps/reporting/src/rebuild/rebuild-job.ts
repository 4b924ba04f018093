import { PartitionProgress } from '../projections/partition-progress';

export type RebuildStatus = 'preparing' | 'replaying' | 'catching-up' | 'switching' | 'done' | 'failed' | 'aborting' | 'aborted' | 'timed-out';

/** Statuses a rebuild ends in; any other is running. */
export const FINISHED: ReadonlySet<RebuildStatus> = new Set(['done', 'failed', 'aborted', 'timed-out']);

/** A rebuild as GET /v1/admin/rebuild shows it. */
export interface RebuildJob {
  id: string;
  status: RebuildStatus;
  startedAt: string;
  finishedAt: string | null;
  /** When any partition of the rebuild last moved (or it started): what the stall timeout counts from. */
  lastProgressAt: string;
  /** The group the live projections followed, and the one the rebuild consumes as (live after the switch). */
  previousGroupId: string;
  groupId: string;
  /** Events the rebuild applied so far, and those still to read per topic (null before it reads). */
  applied: number;
  lag: Record<string, number> | null;
  /** Per topic-partition: the rebuilt position against the end offset, and since when it has not moved. */
  partitions: PartitionProgress[];
  /** A partition behind its end has not moved for longer than REPORTING_STALL_SECONDS. */
  stalled: boolean;
  /** Where the replaced projections went (kept for inspection; drop it when no longer wanted). */
  retiredSchema: string | null;
  /** Why it failed, was aborted or timed out. */
  error: string | null;
  /** When it will be ended as timed-out at the latest (REBUILD_TIMEOUT_MINUTES). */
  deadline: string;
}

/** Ends a rebuild early with a status of its own: an abort or a timeout, not a failure of the code. */
export class RebuildEnded extends Error {
  constructor(readonly status: 'aborted' | 'timed-out', message: string) {
    super(message);
  }
}

/** A copy of the job for an answer (the running one keeps changing). */
export function viewOf(j: RebuildJob): RebuildJob {
  return { ...j, lag: j.lag && { ...j.lag }, partitions: j.partitions.map((p) => ({ ...p })) };
}

/** A setting's duration for a message: `90 s`, `15 min`. */
export function duration(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Math.round(ms / 1000)} s`;
}
