import { ContractKind, ContractStatus, ReviewOpinion } from '@casetrack/contracts';
import { InvalidInputError, InvalidTransitionError } from '@casetrack/platform';

/** A government contract a unit submitted for legality review (政府合同合法性审查). */
export interface GovernmentContract {
  id: string;
  unit: string;
  title: string;
  kind: ContractKind;
  /** The contract's amount, in fen. */
  amountFen: number;
  submittedAt: Date;
  status: ContractStatus;
  reviewedAt: Date | null;
  opinion: ReviewOpinion | null;
  /** Sequence number of the contract's latest event. */
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

export type ContractAction = 'review';

/** submitted → reviewed. */
const ALLOWED: Record<ContractStatus, readonly ContractAction[]> = { submitted: ['review'], reviewed: [] };

/** Throws a 409-mapped error naming the status when `action` is not allowed from it. */
export function assertCan(c: Pick<GovernmentContract, 'status'>, action: ContractAction): void {
  if (!ALLOWED[c.status].includes(action)) throw new InvalidTransitionError('contract', action, c.status);
}

export interface SubmitInput {
  id: string;
  unit: string;
  title: string;
  kind: ContractKind;
  amountFen: number;
  submittedAt: Date;
}

/** A newly submitted contract (its first event has sequence 1). */
export function submitContract(input: SubmitInput, now: Date): GovernmentContract {
  return { ...input, status: 'submitted', reviewedAt: null, opinion: null, sequence: 1, createdAt: now, updatedAt: now };
}

/** Records the review's opinion; not before the contract was submitted. */
export function reviewContract(c: GovernmentContract, input: { reviewedAt: Date; opinion: ReviewOpinion }, now: Date): GovernmentContract {
  assertCan(c, 'review');
  if (input.reviewedAt < c.submittedAt)
    throw new InvalidInputError('CONTRACT.REVIEWED_BEFORE_SUBMITTED', 'reviewedAt', 'reviewedAt: must not be before the contract was submitted (submittedAt)');
  return { ...c, status: 'reviewed', ...input, sequence: c.sequence + 1, updatedAt: now };
}
