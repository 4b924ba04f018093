import { ContestKind, ContestStatus } from '@casetrack/contracts';
import { InvalidInputError, InvalidTransitionError } from '@casetrack/platform';

/** An online knowledge contest (知识竞赛), e.g. on the WeChat account, from its opening to its close. */
export interface Contest {
  id: string;
  /** The contest's name (stays in this service; events never carry it). */
  title: string;
  kind: ContestKind;
  openedAt: Date;
  status: ContestStatus;
  closedAt: Date | null;
  /** People who took part (参与人数), known at the close. */
  participants: number | null;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

/** open → closed. */
const ALLOWED: Record<ContestStatus, readonly 'close'[]> = { open: ['close'], closed: [] };

/** A newly opened contest (its first event has sequence 1). */
export function openContest(input: { id: string; title: string; kind: ContestKind; openedAt: Date }, now: Date): Contest {
  return { ...input, status: 'open', closedAt: null, participants: null, sequence: 1, createdAt: now, updatedAt: now };
}

/** Closes the contest with its participants; not before it opened. */
export function closeContest(c: Contest, input: { closedAt: Date; participants: number }, now: Date): Contest {
  if (!ALLOWED[c.status].includes('close')) throw new InvalidTransitionError('contest', 'close', c.status);
  if (input.closedAt < c.openedAt) throw new InvalidInputError('CONTEST.CLOSED_BEFORE_OPENED', 'closedAt', 'closedAt: must not be before the contest opened (openedAt)');
  return { ...c, status: 'closed', ...input, sequence: c.sequence + 1, updatedAt: now };
}
