import {
  ApplicantGroup, LegalAidCaseType, LegalAidChannel, LegalAidMatter, LegalAidRejectionReason, LegalAidResult, LegalAidStatus, isFenAmount, MAX_FEN,
} from '@casetrack/contracts';
import { DomainError, InvalidInputError, InvalidTransitionError } from '@casetrack/platform';

/** An application for legal aid (法律援助) and what became of it. */
export interface LegalAidCase {
  id: string;
  applicantGroups: ApplicantGroup[];
  caseType: LegalAidCaseType;
  matter: LegalAidMatter;
  channel: LegalAidChannel;
  /** Fast track (绿色通道): a recorded flag and a report dimension; it changes no rule here. */
  greenChannel: boolean;
  appliedAt: Date;
  /** Personal data: kept in this service only, shown masked, never in an event or a log line. */
  applicantName: string | null;
  applicantIdNumber: string | null;
  status: LegalAidStatus;
  acceptedAt: Date | null;
  rejectedAt: Date | null;
  rejectionReason: LegalAidRejectionReason | null;
  assignedAt: Date | null;
  lawFirm: string | null;
  lawyer: string | null;
  closedAt: Date | null;
  result: LegalAidResult | null;
  benefitFen: number | null;
  /** Sequence number of the case's latest event. */
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

export type LegalAidAction = 'accept' | 'reject' | 'assign' | 'close' | 'correct';

/**
 * applied → accepted | rejected; accepted → assigned → closed. Rejected and closed are final, but a
 * closed case's benefit recorded wrongly can be corrected.
 */
const ALLOWED: Record<LegalAidStatus, readonly LegalAidAction[]> = {
  applied: ['accept', 'reject'],
  accepted: ['assign'],
  assigned: ['close'],
  rejected: [],
  closed: ['correct'],
};

/** Throws a 409-mapped error naming the status when `action` is not allowed from it. */
export function assertCan(c: Pick<LegalAidCase, 'status'>, action: LegalAidAction): void {
  if (!ALLOWED[c.status].includes(action)) throw new InvalidTransitionError('case', action, c.status);
}

function notBefore(at: Date, earlier: Date, field: string, earlierField: string, code: string): void {
  if (at < earlier) throw new InvalidInputError(`CASE.${code}`, field, `${field}: must not be before ${earlierField}`);
}

export interface ApplyInput {
  id: string;
  applicantGroups: ApplicantGroup[];
  caseType: LegalAidCaseType;
  matter: LegalAidMatter;
  channel: LegalAidChannel;
  greenChannel?: boolean;
  appliedAt: Date;
  applicantName?: string;
  applicantIdNumber?: string;
}

/** A new application (its first event has sequence 1); groups are kept once each, in the given order. */
export function applyForAid(input: ApplyInput, now: Date): LegalAidCase {
  return {
    id: input.id,
    applicantGroups: [...new Set(input.applicantGroups)],
    caseType: input.caseType,
    matter: input.matter,
    channel: input.channel,
    greenChannel: input.greenChannel ?? false,
    appliedAt: input.appliedAt,
    applicantName: input.applicantName ?? null,
    applicantIdNumber: input.applicantIdNumber ?? null,
    status: 'applied',
    acceptedAt: null,
    rejectedAt: null,
    rejectionReason: null,
    assignedAt: null,
    lawFirm: null,
    lawyer: null,
    closedAt: null,
    result: null,
    benefitFen: null,
    sequence: 1,
    createdAt: now,
    updatedAt: now,
  };
}

const next = (c: LegalAidCase, now: Date, change: Partial<LegalAidCase>): LegalAidCase => ({
  ...c,
  ...change,
  sequence: c.sequence + 1,
  updatedAt: now,
});

/** Accepts an application, at any time from its application on (also the same day, green channel or not). */
export function acceptCase(c: LegalAidCase, input: { acceptedAt: Date }, now: Date): LegalAidCase {
  assertCan(c, 'accept');
  notBefore(input.acceptedAt, c.appliedAt, 'acceptedAt', 'appliedAt', 'ACCEPTED_BEFORE_APPLIED');
  return next(c, now, { status: 'accepted', acceptedAt: input.acceptedAt });
}

/** Refuses an application, never before it was made. */
export function rejectCase(c: LegalAidCase, input: { rejectedAt: Date; reason: LegalAidRejectionReason }, now: Date): LegalAidCase {
  assertCan(c, 'reject');
  notBefore(input.rejectedAt, c.appliedAt, 'rejectedAt', 'appliedAt', 'REJECTED_BEFORE_APPLIED');
  return next(c, now, { status: 'rejected', rejectedAt: input.rejectedAt, rejectionReason: input.reason });
}

/** Gives an accepted case to a law firm, never before its acceptance. */
export function assignCase(c: LegalAidCase, input: { assignedAt: Date; lawFirm: string; lawyer?: string }, now: Date): LegalAidCase {
  assertCan(c, 'assign');
  notBefore(input.assignedAt, c.acceptedAt!, 'assignedAt', 'acceptedAt', 'ASSIGNED_BEFORE_ACCEPTED');
  return next(c, now, { status: 'assigned', assignedAt: input.assignedAt, lawFirm: input.lawFirm, lawyer: input.lawyer ?? null });
}

/** Closes an assigned case with its result and benefit in fen; an unassigned one cannot be closed. */
export function closeCase(c: LegalAidCase, input: { closedAt: Date; result: LegalAidResult; benefitFen: number }, now: Date): LegalAidCase {
  assertCan(c, 'close');
  notBefore(input.closedAt, c.assignedAt!, 'closedAt', 'assignedAt', 'CLOSED_BEFORE_ASSIGNED');
  if (!isFenAmount(input.benefitFen))
    throw new InvalidInputError('CASE.INVALID_BENEFIT', 'benefitFen', `benefitFen: must be a whole number of fen from 0 to ${MAX_FEN}`);
  return next(c, now, { status: 'closed', closedAt: input.closedAt, result: input.result, benefitFen: input.benefitFen });
}

/**
 * Corrects the benefit of a closed case (the case stays closed, at its closing time). Only a closed
 * case can be corrected (409 naming the status otherwise), and only to another amount: a correction
 * to the amount already recorded is a 409, since it would record a change that is none.
 */
export function correctBenefit(c: LegalAidCase, input: { benefitFen: number }, now: Date): LegalAidCase {
  assertCan(c, 'correct');
  if (!isFenAmount(input.benefitFen))
    throw new InvalidInputError('CASE.INVALID_BENEFIT', 'benefitFen', `benefitFen: must be a whole number of fen from 0 to ${MAX_FEN}`);
  if (c.benefitFen === input.benefitFen)
    throw new DomainError(
      'CASE.CORRECTION_CHANGES_NOTHING',
      `cannot correct a case whose status is ${c.status} to a benefit of ${input.benefitFen} fen: that is already its benefit`,
      'conflict',
      { status: c.status },
    );
  return next(c, now, { benefitFen: input.benefitFen });
}
