import { DocumentFinding, DocumentKind, DocumentStatus, ReviewOpinion } from '@casetrack/contracts';
import { DomainError, InvalidInputError, InvalidTransitionError } from '@casetrack/platform';

/** A document a district unit submitted for legality review (规范性文件/重大文件合法性审查). */
export interface LegalityDocument {
  id: string;
  unit: string;
  title: string;
  kind: DocumentKind;
  submittedAt: Date;
  status: DocumentStatus;
  reviewedAt: Date | null;
  opinion: ReviewOpinion | null;
  /** Determined a normative document (认定为行政规范性文件) by the review; null until reviewed. */
  normative: boolean | null;
  filedAt: Date | null;
  foundAt: Date | null;
  /** Sequence number of the document's latest event. */
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

export type DocumentAction = 'review' | 'file' | 'find';

/** submitted → reviewed → filed → found-unlawful or revoked. */
const ALLOWED: Record<DocumentStatus, readonly DocumentAction[]> = {
  submitted: ['review'],
  reviewed: ['file'],
  filed: ['find'],
  'found-unlawful': [],
  revoked: [],
};

const ACTION_TEXT: Record<DocumentAction, string> = { review: 'review', file: 'file', find: 'record a finding on' };

/** Throws a 409-mapped error naming the status when `action` is not allowed from it. */
export function assertCan(d: Pick<LegalityDocument, 'status'>, action: DocumentAction): void {
  if (!ALLOWED[d.status].includes(action)) throw new InvalidTransitionError('document', ACTION_TEXT[action], d.status);
}

export interface SubmitInput {
  id: string;
  unit: string;
  title: string;
  kind: DocumentKind;
  submittedAt: Date;
}

/** A newly submitted document (its first event has sequence 1). */
export function submitDocument(input: SubmitInput, now: Date): LegalityDocument {
  return {
    ...input,
    status: 'submitted',
    reviewedAt: null,
    opinion: null,
    normative: null,
    filedAt: null,
    foundAt: null,
    sequence: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/** Records the review's opinion and whether the document is normative; not before it was submitted. */
export function reviewDocument(d: LegalityDocument, input: { reviewedAt: Date; opinion: ReviewOpinion; normative: boolean }, now: Date): LegalityDocument {
  assertCan(d, 'review');
  if (input.reviewedAt < d.submittedAt)
    throw new InvalidInputError('DOCUMENT.REVIEWED_BEFORE_SUBMITTED', 'reviewedAt', 'reviewedAt: must not be before the document was submitted (submittedAt)');
  return { ...d, status: 'reviewed', ...input, sequence: d.sequence + 1, updatedAt: now };
}

/**
 * Files (备案) a reviewed document: only one the review determined normative and did not reject
 * (409 naming why otherwise); not before the review.
 */
export function fileDocument(d: LegalityDocument, input: { filedAt: Date }, now: Date): LegalityDocument {
  assertCan(d, 'file');
  if (d.normative !== true)
    throw new DomainError('DOCUMENT.NOT_NORMATIVE', 'cannot file a document the review did not determine normative (normative: false)', 'conflict', { status: d.status, normative: d.normative });
  if (d.opinion === 'rejected')
    throw new DomainError('DOCUMENT.REJECTED', 'cannot file a document whose review opinion is rejected', 'conflict', { status: d.status, opinion: d.opinion });
  if (input.filedAt < d.reviewedAt!)
    throw new InvalidInputError('DOCUMENT.FILED_BEFORE_REVIEWED', 'filedAt', 'filedAt: must not be before the document was reviewed (reviewedAt)');
  return { ...d, status: 'filed', filedAt: input.filedAt, sequence: d.sequence + 1, updatedAt: now };
}

/** Records that a filed document was found unlawful or revoked; not before it was filed. */
export function recordFinding(d: LegalityDocument, input: { finding: DocumentFinding; foundAt: Date }, now: Date): LegalityDocument {
  assertCan(d, 'find');
  if (input.foundAt < d.filedAt!)
    throw new InvalidInputError('DOCUMENT.FOUND_BEFORE_FILED', 'foundAt', 'foundAt: must not be before the document was filed (filedAt)');
  const status: DocumentStatus = input.finding === 'unlawful' ? 'found-unlawful' : 'revoked';
  return { ...d, status, foundAt: input.foundAt, sequence: d.sequence + 1, updatedAt: now };
}

/** The finding a status records, or null before one. */
export function findingOf(d: Pick<LegalityDocument, 'status'>): DocumentFinding | null {
  return d.status === 'found-unlawful' ? 'unlawful' : d.status === 'revoked' ? 'revoked' : null;
}
