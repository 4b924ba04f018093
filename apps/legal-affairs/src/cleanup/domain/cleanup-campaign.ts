import { CleanupCampaignStatus, CleanupOutcome } from '@casetrack/contracts';
import { InvalidInputError, InvalidTransitionError } from '@casetrack/platform';

/** A clean-up campaign (清理) over the normative documents in force: each reviewed one is kept, amended or repealed. */
export interface CleanupCampaign {
  id: string;
  /** The campaign's name (stays in this service; events never carry it). */
  title: string;
  startedAt: Date;
  status: CleanupCampaignStatus;
  closedAt: Date | null;
  kept: number;
  amended: number;
  repealed: number;
  /** The latest decidedAt of its decisions; a campaign cannot close before it. */
  lastDecidedAt: Date | null;
  /** Sequence number of the campaign's latest event (decisions included). */
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What the campaign decided about one document in force. */
export interface CleanupDecision {
  id: string;
  campaignId: string;
  /** The document's title (stays in this service). */
  document: string;
  outcome: CleanupOutcome;
  decidedAt: Date;
  createdAt: Date;
}

export type CleanupAction = 'decide a document in' | 'close';

/** open → closed; documents are decided only while open. */
const ALLOWED: Record<CleanupCampaignStatus, readonly CleanupAction[]> = { open: ['decide a document in', 'close'], closed: [] };

/** Throws a 409-mapped error naming the status when `action` is not allowed from it. */
export function assertCan(c: Pick<CleanupCampaign, 'status'>, action: CleanupAction): void {
  if (!ALLOWED[c.status].includes(action)) throw new InvalidTransitionError('campaign', action, c.status);
}

/** How many documents the campaign has reviewed (decided). */
export const reviewedCount = (c: Pick<CleanupCampaign, 'kept' | 'amended' | 'repealed'>) => c.kept + c.amended + c.repealed;

/** A new open campaign (its first event has sequence 1). */
export function openCampaign(input: { id: string; title: string; startedAt: Date }, now: Date): CleanupCampaign {
  return { ...input, status: 'open', closedAt: null, kept: 0, amended: 0, repealed: 0, lastDecidedAt: null, sequence: 1, createdAt: now, updatedAt: now };
}

/** Decides one document while open, not before the campaign started; the sequence moves with its event. */
export function decideDocument(
  c: CleanupCampaign,
  input: { id: string; document: string; outcome: CleanupOutcome; decidedAt: Date },
  now: Date,
): { campaign: CleanupCampaign; decision: CleanupDecision } {
  assertCan(c, 'decide a document in');
  if (input.decidedAt < c.startedAt)
    throw new InvalidInputError('CLEANUP.DECIDED_BEFORE_STARTED', 'decidedAt', 'decidedAt: must not be before the campaign started (startedAt)');
  const decision: CleanupDecision = { ...input, campaignId: c.id, createdAt: now };
  const lastDecidedAt = c.lastDecidedAt === null || input.decidedAt > c.lastDecidedAt ? input.decidedAt : c.lastDecidedAt;
  return { campaign: { ...c, [input.outcome]: c[input.outcome] + 1, lastDecidedAt, sequence: c.sequence + 1, updatedAt: now }, decision };
}

/** Closes the campaign; not before it started nor before its latest decision. */
export function closeCampaign(c: CleanupCampaign, input: { closedAt: Date }, now: Date): CleanupCampaign {
  assertCan(c, 'close');
  if (input.closedAt < c.startedAt) throw new InvalidInputError('CLEANUP.CLOSED_BEFORE_STARTED', 'closedAt', 'closedAt: must not be before the campaign started (startedAt)');
  if (c.lastDecidedAt !== null && input.closedAt < c.lastDecidedAt)
    throw new InvalidInputError('CLEANUP.CLOSED_BEFORE_DECISION', 'closedAt', 'closedAt: must not be before the latest decision (decidedAt)');
  return { ...c, status: 'closed', closedAt: input.closedAt, sequence: c.sequence + 1, updatedAt: now };
}
