import {
  AgreementForm, CommitteeField, CommitteeKind, DisputeCategory, DisputeSource, DisputeStatus, MediationResult,
} from '@casetrack/contracts';
import { DomainError, InvalidInputError, InvalidTransitionError } from '@casetrack/platform';

/** A dispute logged by a mediation station, and its outcome. */
export interface Dispute {
  id: string;
  committeeCode: string;
  committeeKind: CommitteeKind;
  committeeField: CommitteeField | null;
  category: DisputeCategory;
  source: DisputeSource;
  receivedAt: Date;
  partyCount: number;
  summary: string | null;
  amountInvolvedFen: number | null;
  status: DisputeStatus;
  result: MediationResult | null;
  concludedAt: Date | null;
  agreement: AgreementForm | null;
  agreementAmountFen: number | null;
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
  /** Sequence number of the dispute's latest event. */
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

export type DisputeAction = 'conclude' | 'withdraw' | 'correct';

/**
 * registered → succeeded | failed | withdrawn; the three outcomes are final, but a conclusion
 * recorded with the wrong result can be corrected (succeeded ↔ failed).
 */
const ALLOWED: Record<DisputeStatus, readonly DisputeAction[]> = {
  registered: ['conclude', 'withdraw'],
  succeeded: ['correct'],
  failed: ['correct'],
  withdrawn: [],
};

/** Throws a 409-mapped error naming the status when `action` is not allowed from it. */
export function assertCan(dispute: Pick<Dispute, 'status'>, action: DisputeAction): void {
  if (!ALLOWED[dispute.status].includes(action)) throw new InvalidTransitionError('dispute', action, dispute.status);
}

export interface RegisterInput {
  id: string;
  committee: { code: string; kind: CommitteeKind; field: CommitteeField | null };
  category: DisputeCategory;
  source: DisputeSource;
  receivedAt: Date;
  partyCount: number;
  summary?: string;
  amountInvolvedFen?: number;
}

/** A newly registered dispute (its first event has sequence 1). */
export function registerDispute(input: RegisterInput, now: Date): Dispute {
  return {
    id: input.id,
    committeeCode: input.committee.code,
    committeeKind: input.committee.kind,
    committeeField: input.committee.field,
    category: input.category,
    source: input.source,
    receivedAt: input.receivedAt,
    partyCount: input.partyCount,
    summary: input.summary ?? null,
    amountInvolvedFen: input.amountInvolvedFen ?? null,
    status: 'registered',
    result: null,
    concludedAt: null,
    agreement: null,
    agreementAmountFen: null,
    withdrawnAt: null,
    withdrawalReason: null,
    sequence: 1,
    createdAt: now,
    updatedAt: now,
  };
}

export interface ConcludeInput {
  result: MediationResult;
  concludedAt: Date;
  agreement?: AgreementForm;
  agreementAmountFen?: number;
}

/** Records the outcome; only a registered dispute can be concluded, never before it was received. */
export function concludeDispute(dispute: Dispute, input: ConcludeInput, now: Date): Dispute {
  assertCan(dispute, 'conclude');
  if (input.concludedAt < dispute.receivedAt)
    throw new InvalidInputError('DISPUTE.CONCLUDED_BEFORE_RECEIVED', 'concludedAt', 'concludedAt: must not be before the dispute was received (receivedAt)');
  if (input.result === 'failure' && (input.agreement !== undefined || input.agreementAmountFen !== undefined))
    throw new InvalidInputError('DISPUTE.AGREEMENT_WITHOUT_SUCCESS', 'agreement', 'agreement: only a successful mediation has an agreement');
  return {
    ...dispute,
    status: input.result === 'success' ? 'succeeded' : 'failed',
    result: input.result,
    concludedAt: input.concludedAt,
    agreement: input.agreement ?? null,
    agreementAmountFen: input.agreementAmountFen ?? null,
    sequence: dispute.sequence + 1,
    updatedAt: now,
  };
}

/** Records a withdrawal; only a registered dispute can be withdrawn, never before it was received. */
export function withdrawDispute(dispute: Dispute, input: { withdrawnAt: Date; reason?: string }, now: Date): Dispute {
  assertCan(dispute, 'withdraw');
  if (input.withdrawnAt < dispute.receivedAt)
    throw new InvalidInputError('DISPUTE.WITHDRAWN_BEFORE_RECEIVED', 'withdrawnAt', 'withdrawnAt: must not be before the dispute was received (receivedAt)');
  return {
    ...dispute,
    status: 'withdrawn',
    withdrawnAt: input.withdrawnAt,
    withdrawalReason: input.reason ?? null,
    sequence: dispute.sequence + 1,
    updatedAt: now,
  };
}

/**
 * Corrects the result of a concluded dispute (succeeded ↔ failed), keeping its conclusion time.
 * Only a concluded dispute can be corrected (409 naming the status otherwise), and only to the other
 * result: a "correction" to the result it already has is a 409 too, since it would record a change
 * that is none. A dispute corrected to failure keeps no agreement (only a success has one).
 */
export function correctDispute(dispute: Dispute, input: { result: MediationResult }, now: Date): Dispute {
  assertCan(dispute, 'correct');
  if (dispute.result === input.result)
    throw new DomainError(
      'DISPUTE.CORRECTION_CHANGES_NOTHING',
      `cannot correct a dispute whose status is ${dispute.status} to ${input.result}: that is already its result`,
      'conflict',
      { status: dispute.status },
    );
  const failed = input.result === 'failure';
  return {
    ...dispute,
    status: failed ? 'failed' : 'succeeded',
    result: input.result,
    agreement: failed ? null : dispute.agreement,
    agreementAmountFen: failed ? null : dispute.agreementAmountFen,
    sequence: dispute.sequence + 1,
    updatedAt: now,
  };
}
