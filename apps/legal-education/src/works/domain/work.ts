import { AwardRank, Level, WorkKind, WorkSeries, WorkStatus } from '@casetrack/contracts';
import { InvalidInputError, InvalidTransitionError } from '@casetrack/platform';

/** A publicity work (普法作品), e.g. a public-interest micro-video, and the award it won. */
export interface Work {
  id: string;
  /** The work's title (《学宪法·有办法》; stays in this service; events never carry it). */
  title: string;
  kind: WorkKind;
  series: WorkSeries;
  releasedAt: Date;
  status: WorkStatus;
  awardLevel: Level | null;
  awardRank: AwardRank | null;
  awardedAt: Date | null;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

/** released → awarded (a work's award is recorded once). */
const ALLOWED: Record<WorkStatus, readonly 'record an award of'[]> = { released: ['record an award of'], awarded: [] };

/** A newly released work (its first event has sequence 1). */
export function releaseWork(input: { id: string; title: string; kind: WorkKind; series: WorkSeries; releasedAt: Date }, now: Date): Work {
  return { ...input, status: 'released', awardLevel: null, awardRank: null, awardedAt: null, sequence: 1, createdAt: now, updatedAt: now };
}

/** Records the work's award; not before its release. */
export function awardWork(w: Work, input: { level: Level; rank: AwardRank; awardedAt: Date }, now: Date): Work {
  if (!ALLOWED[w.status].includes('record an award of')) throw new InvalidTransitionError('work', 'record an award of', w.status);
  if (input.awardedAt < w.releasedAt) throw new InvalidInputError('WORK.AWARDED_BEFORE_RELEASED', 'awardedAt', 'awardedAt: must not be before the work was released (releasedAt)');
  return { ...w, status: 'awarded', awardLevel: input.level, awardRank: input.rank, awardedAt: input.awardedAt, sequence: w.sequence + 1, updatedAt: now };
}
