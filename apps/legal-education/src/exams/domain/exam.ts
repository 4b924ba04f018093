import { ExamAudience, ExamStatus } from '@casetrack/contracts';
import { InvalidInputError, InvalidTransitionError } from '@casetrack/platform';

/**
 * An exam session (考试): the enforcement officers' general-law training and exam for their
 * certificates (培训、考试), or a rule-of-law theory exam of leading cadres (法治理论知识考试).
 */
export interface Exam {
  id: string;
  /** The session's name (stays in this service; events never carry it). */
  title: string;
  audience: ExamAudience;
  scheduledAt: Date;
  candidatesExpected: number;
  /** Of the expected candidates, those who lead city universities (市属高校领导). */
  cityUniversityCandidates: number;
  status: ExamStatus;
  heldAt: Date | null;
  sat: number | null;
  passed: number | null;
  cancelledAt: Date | null;
  /** Sequence number of the session's latest event. */
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

export type ExamAction = 'record results of' | 'cancel';

/** scheduled → held | cancelled. */
const ALLOWED: Record<ExamStatus, readonly ExamAction[]> = { scheduled: ['record results of', 'cancel'], held: [], cancelled: [] };

/** Throws a 409-mapped error naming the status when `action` is not allowed from it. */
export function assertCan(e: Pick<Exam, 'status'>, action: ExamAction): void {
  if (!ALLOWED[e.status].includes(action)) throw new InvalidTransitionError('exam', action, e.status);
}

export interface ScheduleInput {
  id: string;
  title: string;
  audience: ExamAudience;
  scheduledAt: Date;
  candidatesExpected: number;
  cityUniversityCandidates: number;
}

/** A newly scheduled session (its first event has sequence 1); city-university candidates are among those expected. */
export function scheduleExam(input: ScheduleInput, now: Date): Exam {
  if (input.cityUniversityCandidates > input.candidatesExpected)
    throw new InvalidInputError('EXAM.TOO_MANY_CITY_UNIVERSITY', 'cityUniversityCandidates', 'cityUniversityCandidates: must not exceed candidatesExpected');
  return { ...input, status: 'scheduled', heldAt: null, sat: null, passed: null, cancelledAt: null, sequence: 1, createdAt: now, updatedAt: now };
}

/** Records who sat and who passed: sat ≤ expected, passed ≤ sat, not before the session was scheduled. */
export function recordResults(e: Exam, input: { heldAt: Date; sat: number; passed: number }, now: Date): Exam {
  assertCan(e, 'record results of');
  if (input.heldAt < e.scheduledAt) throw new InvalidInputError('EXAM.HELD_BEFORE_SCHEDULED', 'heldAt', 'heldAt: must not be before the session was scheduled (scheduledAt)');
  if (input.sat > e.candidatesExpected) throw new InvalidInputError('EXAM.SAT_OVER_EXPECTED', 'sat', `sat: must not exceed the candidates expected (${e.candidatesExpected})`);
  if (input.passed > input.sat) throw new InvalidInputError('EXAM.PASSED_OVER_SAT', 'passed', 'passed: must not exceed those who sat (sat)');
  return { ...e, status: 'held', ...input, sequence: e.sequence + 1, updatedAt: now };
}

/** Cancels a session not yet held; not before it was scheduled. */
export function cancelExam(e: Exam, input: { cancelledAt: Date }, now: Date): Exam {
  assertCan(e, 'cancel');
  if (input.cancelledAt < e.scheduledAt)
    throw new InvalidInputError('EXAM.CANCELLED_BEFORE_SCHEDULED', 'cancelledAt', 'cancelledAt: must not be before the session was scheduled (scheduledAt)');
  return { ...e, status: 'cancelled', cancelledAt: input.cancelledAt, sequence: e.sequence + 1, updatedAt: now };
}
