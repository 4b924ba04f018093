import { ComplaintOutcome, ComplaintStatus, ComplaintTarget } from '@casetrack/contracts';
import { InvalidInputError, InvalidTransitionError } from '@casetrack/platform';

/** A complaint against a lawyer or a forensic appraiser (投诉), received then concluded; its summary stays here. */
export interface Complaint {
  id: string;
  against: ComplaintTarget;
  /** What the complaint is about and against whom (free text, personal data; never in an event). */
  summary: string;
  receivedAt: Date;
  status: ComplaintStatus;
  outcome: ComplaintOutcome | null;
  concludedAt: Date | null;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

export function receiveComplaint(input: { id: string; against: ComplaintTarget; summary: string; receivedAt: Date }, now: Date): Complaint {
  return { ...input, status: 'received', outcome: null, concludedAt: null, sequence: 1, createdAt: now, updatedAt: now };
}

/** received → concluded, not before it was received. */
export function concludeComplaint(c: Complaint, input: { outcome: ComplaintOutcome; concludedAt: Date }, now: Date): Complaint {
  if (c.status !== 'received') throw new InvalidTransitionError('complaint', 'conclude', c.status);
  if (input.concludedAt < c.receivedAt)
    throw new InvalidInputError('COMPLAINT.CONCLUDED_BEFORE_RECEIVED', 'concludedAt', 'concludedAt: must not be before the complaint was received (receivedAt)');
  return { ...c, status: 'concluded', outcome: input.outcome, concludedAt: input.concludedAt, sequence: c.sequence + 1, updatedAt: now };
}
