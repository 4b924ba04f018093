import { AdministrativeMatter, AppearedRole, LawsuitOutcome, LawsuitStatus, PerformanceResult, PerformanceStatus } from '@casetrack/contracts';
import { InvalidInputError, InvalidTransitionError } from '@casetrack/platform';

/** A lawsuit in which a district agency is the defendant (行政应诉). */
export interface Lawsuit {
  id: string;
  filedAt: Date;
  defendantAgency: string;
  court: string;
  matter: AdministrativeMatter;
  status: LawsuitStatus;
  decidedAt: Date | null;
  outcome: LawsuitOutcome | null;
  hearingCount: number;
  /** The supervision of the judgment's performance (督促履行), null until it starts: see performance-supervision.ts. */
  performance: PerformanceSupervision | null;
  /** Sequence number of the lawsuit's latest event (hearings, supervision and judicial suggestions included). */
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The office's supervision of the defendant agency's performance of the effective judgment (督促履行生效法院判决). */
export interface PerformanceSupervision {
  status: PerformanceStatus;
  /** When the judgment became effective (生效); not before the decision. */
  judgmentEffectiveAt: Date;
  startedAt: Date;
  concludedAt: Date | null;
  result: PerformanceResult | null;
}

/** One court hearing of a lawsuit, and whether the agency's head appeared (负责人出庭). */
export interface Hearing {
  id: string;
  lawsuitId: string;
  heldAt: Date;
  headAppeared: boolean;
  /** Set exactly when `headAppeared`. */
  appearedRole: AppearedRole | null;
  createdAt: Date;
}

export type LawsuitAction = 'hear' | 'judge';

/** open → closed (judgment); hearings only while open. */
const ALLOWED: Record<LawsuitStatus, readonly LawsuitAction[]> = {
  open: ['hear', 'judge'],
  closed: [],
};

const ACTION_TEXT: Record<LawsuitAction, string> = { hear: 'record a hearing of', judge: 'record the judgment of' };

/** Throws a 409-mapped error naming the status when `action` is not allowed from it. */
export function assertCan(lawsuit: Pick<Lawsuit, 'status'>, action: LawsuitAction): void {
  if (!ALLOWED[lawsuit.status].includes(action)) throw new InvalidTransitionError('lawsuit', ACTION_TEXT[action], lawsuit.status);
}

export interface FileInput {
  id: string;
  filedAt: Date;
  defendantAgency: string;
  court: string;
  matter: AdministrativeMatter;
}

/** A newly filed lawsuit (its first event has sequence 1). */
export function fileLawsuit(input: FileInput, now: Date): Lawsuit {
  return {
    ...input,
    status: 'open',
    decidedAt: null,
    outcome: null,
    hearingCount: 0,
    performance: null,
    sequence: 1,
    createdAt: now,
    updatedAt: now,
  };
}

export interface HearingInput {
  id: string;
  heldAt: Date;
  headAppeared: boolean;
  appearedRole?: AppearedRole;
}

/** Throws a 400-mapped error naming appearedRole unless it is given exactly when the head appeared. */
export function assertAppearance(input: Pick<HearingInput, 'headAppeared' | 'appearedRole'>): void {
  if (input.headAppeared && input.appearedRole === undefined)
    throw new InvalidInputError('HEARING.ROLE_REQUIRED', 'appearedRole', 'appearedRole: is required when headAppeared is true (government-leader or agency-head)');
  if (!input.headAppeared && input.appearedRole !== undefined)
    throw new InvalidInputError('HEARING.ROLE_NOT_ALLOWED', 'appearedRole', 'appearedRole: must be omitted when headAppeared is false');
}

/** Records a hearing of an open lawsuit; the lawsuit's sequence moves with the hearing's event. */
export function recordHearing(lawsuit: Lawsuit, input: HearingInput, now: Date): { lawsuit: Lawsuit; hearing: Hearing } {
  assertAppearance(input);
  assertCan(lawsuit, 'hear');
  if (input.heldAt < lawsuit.filedAt)
    throw new InvalidInputError('HEARING.HELD_BEFORE_FILED', 'heldAt', 'heldAt: must not be before the lawsuit was filed (filedAt)');
  const hearing: Hearing = {
    id: input.id,
    lawsuitId: lawsuit.id,
    heldAt: input.heldAt,
    headAppeared: input.headAppeared,
    appearedRole: input.appearedRole ?? null,
    createdAt: now,
  };
  return { lawsuit: { ...lawsuit, hearingCount: lawsuit.hearingCount + 1, sequence: lawsuit.sequence + 1, updatedAt: now }, hearing };
}

/** Records how the lawsuit ended; it is then closed and takes no more hearings. */
export function judgeLawsuit(lawsuit: Lawsuit, input: { decidedAt: Date; outcome: LawsuitOutcome }, now: Date): Lawsuit {
  assertCan(lawsuit, 'judge');
  if (input.decidedAt < lawsuit.filedAt)
    throw new InvalidInputError('LAWSUIT.DECIDED_BEFORE_FILED', 'decidedAt', 'decidedAt: must not be before the lawsuit was filed (filedAt)');
  return { ...lawsuit, status: 'closed', decidedAt: input.decidedAt, outcome: input.outcome, sequence: lawsuit.sequence + 1, updatedAt: now };
}
