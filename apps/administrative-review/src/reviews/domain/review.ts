import { AdministrativeMatter, ReviewChannel, ReviewDecision, ReviewStatus } from '@casetrack/contracts';
import { InvalidInputError, InvalidTransitionError } from '@casetrack/platform';
import { decisionDueAt, extendedDueAt, isDueSoon } from './review-deadline';

/** An application for administrative review (行政复议) and its course. */
export interface Review {
  id: string;
  channel: ReviewChannel;
  respondentAgency: string;
  matter: AdministrativeMatter;
  receivedAt: Date;
  /** Personal data: kept in this service only, never published. All optional. */
  applicantName: string | null;
  applicantIdNumber: string | null;
  applicantPhone: string | null;
  status: ReviewStatus;
  acceptedAt: Date | null;
  /** The statutory deadline of the decision; set on acceptance, moved by the one extension. */
  dueAt: Date | null;
  extendedAt: Date | null;
  extensionDays: number | null;
  rejectedAt: Date | null;
  /** Free text, kept in this service only. */
  rejectionReason: string | null;
  decidedAt: Date | null;
  decision: ReviewDecision | null;
  /** Decided after `dueAt` (the decision is still recorded). */
  late: boolean;
  /** Sequence number of the review's latest event. */
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

export type ReviewAction = 'accept' | 'reject' | 'extend' | 'decide';

/** received → accepted | rejected; accepted → extended (once) | concluded; extended → concluded. */
const ALLOWED: Record<ReviewStatus, readonly ReviewAction[]> = {
  received: ['accept', 'reject'],
  accepted: ['extend', 'decide'],
  extended: ['decide'],
  rejected: [],
  concluded: [],
};

/** Throws a 409-mapped error naming the status when `action` is not allowed from it. */
export function assertCan(review: Pick<Review, 'status'>, action: ReviewAction): void {
  if (!ALLOWED[review.status].includes(action)) throw new InvalidTransitionError('review', action, review.status);
}

/** Accepted (possibly extended) and not yet decided: the deadline is running. */
export function isOpen(review: Pick<Review, 'status'>): boolean {
  return review.status === 'accepted' || review.status === 'extended';
}

/** What the clock says about an open review: due within the next days, or already past its deadline. */
export function timeliness(review: Pick<Review, 'status' | 'dueAt'>, now: Date): { dueSoon: boolean; overdue: boolean } {
  if (!isOpen(review) || review.dueAt === null) return { dueSoon: false, overdue: false };
  return { dueSoon: isDueSoon(review.dueAt, now), overdue: review.dueAt.getTime() < now.getTime() };
}

export interface ReceiveInput {
  id: string;
  channel: ReviewChannel;
  respondentAgency: string;
  matter: AdministrativeMatter;
  receivedAt: Date;
  applicantName?: string;
  applicantIdNumber?: string;
  applicantPhone?: string;
}

/** A newly received application (its first event has sequence 1). */
export function receiveReview(input: ReceiveInput, now: Date): Review {
  return {
    id: input.id,
    channel: input.channel,
    respondentAgency: input.respondentAgency,
    matter: input.matter,
    receivedAt: input.receivedAt,
    applicantName: input.applicantName ?? null,
    applicantIdNumber: input.applicantIdNumber ?? null,
    applicantPhone: input.applicantPhone ?? null,
    status: 'received',
    acceptedAt: null,
    dueAt: null,
    extendedAt: null,
    extensionDays: null,
    rejectedAt: null,
    rejectionReason: null,
    decidedAt: null,
    decision: null,
    late: false,
    sequence: 1,
    createdAt: now,
    updatedAt: now,
  };
}

function notBefore(at: Date, earliest: Date, code: string, field: string, earlierName: string): void {
  if (at < earliest) throw new InvalidInputError(`REVIEW.${code}`, field, `${field}: must not be before ${earlierName}`);
}

/** Accepts a received application; the decision is due at the end of the 60th day after the acceptance date. */
export function acceptReview(review: Review, input: { acceptedAt: Date }, timeZone: string, now: Date): Review {
  assertCan(review, 'accept');
  notBefore(input.acceptedAt, review.receivedAt, 'ACCEPTED_BEFORE_RECEIVED', 'acceptedAt', 'the application was received (receivedAt)');
  return {
    ...review,
    status: 'accepted',
    acceptedAt: input.acceptedAt,
    dueAt: decisionDueAt(input.acceptedAt, timeZone),
    sequence: review.sequence + 1,
    updatedAt: now,
  };
}

/** Declines a received application; the reason stays here. */
export function rejectReview(review: Review, input: { rejectedAt: Date; reason: string }, now: Date): Review {
  assertCan(review, 'reject');
  notBefore(input.rejectedAt, review.receivedAt, 'REJECTED_BEFORE_RECEIVED', 'rejectedAt', 'the application was received (receivedAt)');
  return { ...review, status: 'rejected', rejectedAt: input.rejectedAt, rejectionReason: input.reason, sequence: review.sequence + 1, updatedAt: now };
}

/**
 * Extends the deadline once by `days` (1–30); a second extension is refused by the state machine
 * (status extended). It must be granted while the deadline is still running.
 */
export function extendReview(review: Review, input: { extendedAt: Date; days: number }, timeZone: string, now: Date): Review {
  assertCan(review, 'extend');
  notBefore(input.extendedAt, review.acceptedAt!, 'EXTENDED_BEFORE_ACCEPTED', 'extendedAt', 'the review was accepted (acceptedAt)');
  if (input.extendedAt > review.dueAt!)
    throw new InvalidInputError('REVIEW.EXTENDED_AFTER_DUE', 'extendedAt', 'extendedAt: an extension must be granted before the deadline (dueAt) has passed');
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > 30)
    throw new InvalidInputError('REVIEW.EXTENSION_DAYS', 'days', 'days: must be a whole number from 1 to 30');
  return {
    ...review,
    status: 'extended',
    extendedAt: input.extendedAt,
    extensionDays: input.days,
    dueAt: extendedDueAt(review.dueAt!, input.days, timeZone),
    sequence: review.sequence + 1,
    updatedAt: now,
  };
}

/** Records the decision; one made after the deadline is still recorded, marked late. */
export function decideReview(review: Review, input: { decidedAt: Date; decision: ReviewDecision }, now: Date): Review {
  assertCan(review, 'decide');
  notBefore(input.decidedAt, review.acceptedAt!, 'DECIDED_BEFORE_ACCEPTED', 'decidedAt', 'the review was accepted (acceptedAt)');
  return {
    ...review,
    status: 'concluded',
    decidedAt: input.decidedAt,
    decision: input.decision,
    late: input.decidedAt.getTime() > review.dueAt!.getTime(),
    sequence: review.sequence + 1,
    updatedAt: now,
  };
}
