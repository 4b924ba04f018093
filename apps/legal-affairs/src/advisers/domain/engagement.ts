import { AdviserKind, AdviserWorkKind, EngagementStatus } from '@casetrack/contracts';
import { InvalidInputError, InvalidTransitionError } from '@casetrack/platform';

/** A legal adviser or firm engaged by a district unit (法律顾问), from its start to its end. */
export interface Engagement {
  id: string;
  unit: string;
  /** The adviser's or firm's name: kept in this service, never in an event. */
  adviser: string;
  adviserKind: AdviserKind;
  startedAt: Date;
  status: EngagementStatus;
  endedAt: Date | null;
  workRecordCount: number;
  /** The latest performedAt of its work records; an engagement cannot end before it. */
  lastWorkAt: Date | null;
  /** Sequence number of the engagement's latest event (work records included). */
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

/** One piece of the adviser's work for the unit. */
export interface WorkRecord {
  id: string;
  engagementId: string;
  kind: AdviserWorkKind;
  performedAt: Date;
  createdAt: Date;
}

export type EngagementAction = 'record work' | 'end';

/** engaged → ended; work is recorded only while engaged. */
const ALLOWED: Record<EngagementStatus, readonly EngagementAction[]> = { engaged: ['record work', 'end'], ended: [] };

const ACTION_TEXT: Record<EngagementAction, string> = { 'record work': 'record work under', end: 'end' };

/** Throws a 409-mapped error naming the status when `action` is not allowed from it. */
export function assertCan(e: Pick<Engagement, 'status'>, action: EngagementAction): void {
  if (!ALLOWED[e.status].includes(action)) throw new InvalidTransitionError('engagement', ACTION_TEXT[action], e.status);
}

export interface EngageInput {
  id: string;
  unit: string;
  adviser: string;
  adviserKind: AdviserKind;
  startedAt: Date;
}

/** A new engagement (its first event has sequence 1). */
export function engageAdviser(input: EngageInput, now: Date): Engagement {
  return { ...input, status: 'engaged', endedAt: null, workRecordCount: 0, lastWorkAt: null, sequence: 1, createdAt: now, updatedAt: now };
}

/** Records a piece of work while engaged, not before the engagement started; the sequence moves with its event. */
export function recordWork(e: Engagement, input: { id: string; kind: AdviserWorkKind; performedAt: Date }, now: Date): { engagement: Engagement; work: WorkRecord } {
  assertCan(e, 'record work');
  if (input.performedAt < e.startedAt)
    throw new InvalidInputError('WORK.PERFORMED_BEFORE_ENGAGEMENT', 'performedAt', 'performedAt: must not be before the engagement started (startedAt)');
  const work: WorkRecord = { id: input.id, engagementId: e.id, kind: input.kind, performedAt: input.performedAt, createdAt: now };
  const lastWorkAt = e.lastWorkAt === null || input.performedAt > e.lastWorkAt ? input.performedAt : e.lastWorkAt;
  return { engagement: { ...e, workRecordCount: e.workRecordCount + 1, lastWorkAt, sequence: e.sequence + 1, updatedAt: now }, work };
}

/** Ends the engagement; not before it started nor before its latest work. */
export function endEngagement(e: Engagement, input: { endedAt: Date }, now: Date): Engagement {
  assertCan(e, 'end');
  if (input.endedAt < e.startedAt)
    throw new InvalidInputError('ENGAGEMENT.ENDED_BEFORE_STARTED', 'endedAt', 'endedAt: must not be before the engagement started (startedAt)');
  if (e.lastWorkAt !== null && input.endedAt < e.lastWorkAt)
    throw new InvalidInputError('ENGAGEMENT.ENDED_BEFORE_WORK', 'endedAt', 'endedAt: must not be before the latest recorded work (performedAt)');
  return { ...e, status: 'ended', endedAt: input.endedAt, sequence: e.sequence + 1, updatedAt: now };
}
