import { CampaignStatus, PANEL_ROLES, PanelRole } from '@casetrack/contracts';
import { InvalidInputError, InvalidTransitionError } from '@casetrack/platform';
import { drawSample } from './draw';

export interface PanelMember {
  role: PanelRole;
  /** Kept in this service only; events carry counts by role. */
  name: string | null;
}

/** What was drawn, recorded so that anyone can re-run the draw and check it. */
export interface DrawRecord {
  seed: string;
  /** Files in the pool when it was drawn (pooling is closed from then on). */
  poolSize: number;
  sampleSize: number;
  /** The drawn file numbers in draw order. */
  fileNumbers: string[];
  drawnAt: Date;
}

/** A yearly administrative-penalty file review (行政执法案卷评查). */
export interface Campaign {
  /** Also the caseId (Kafka key) of every event of the campaign and its files. */
  id: string;
  year: number;
  title: string;
  status: CampaignStatus;
  panel: PanelMember[];
  draw: DrawRecord | null;
  issuedAt: Date | null;
  /** Sequence number of the campaign's latest event (0 before the first). */
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

export type CampaignAction = 'pool files into' | 'draw' | 'review files of' | 'issue the notice of';

/** open → sampled → noticed: files are pooled only before the draw, reviewed only between draw and notice. */
const ALLOWED: Record<CampaignStatus, readonly CampaignAction[]> = {
  open: ['pool files into', 'draw'],
  sampled: ['review files of', 'issue the notice of'],
  noticed: [],
};

/** Throws a 409-mapped error naming the status when `action` is not allowed from it. */
export function assertCan(campaign: Pick<Campaign, 'status'>, action: CampaignAction): void {
  if (!ALLOWED[campaign.status].includes(action)) throw new InvalidTransitionError('campaign', action, campaign.status);
}

/** A new campaign, open for pooling (its first event will have sequence 1). */
export function openCampaign(input: { id: string; year: number; title: string; panel: PanelMember[] }, now: Date): Campaign {
  if (input.panel.length === 0) throw new InvalidInputError('CAMPAIGN.NO_PANEL', 'panel', 'panel: must have at least one member');
  return { ...input, status: 'open', draw: null, issuedAt: null, sequence: 0, createdAt: now, updatedAt: now };
}

/** Panel members counted by role, every role present. */
export function panelByRole(panel: readonly PanelMember[]): Record<PanelRole, number> {
  const counts = Object.fromEntries(PANEL_ROLES.map((r) => [r, 0])) as Record<PanelRole, number>;
  for (const m of panel) counts[m.role] += 1;
  return counts;
}

/** The largest sample a campaign draws: a panel reviews every drawn file by hand, so more is a mistake. */
export const MAX_SAMPLE_SIZE = 5_000;

/** Draws the sample from the pool; a sample larger than the pool or than MAX_SAMPLE_SIZE is a 400 naming sampleSize. */
export function drawCampaign(campaign: Campaign, input: { seed: string; pool: readonly string[]; sampleSize: number }, now: Date): Campaign {
  assertCan(campaign, 'draw');
  if (!Number.isSafeInteger(input.sampleSize) || input.sampleSize < 1 || input.sampleSize > MAX_SAMPLE_SIZE)
    throw new InvalidInputError('CAMPAIGN.INVALID_SAMPLE_SIZE', 'sampleSize', `sampleSize: must be a whole number from 1 to ${MAX_SAMPLE_SIZE}, got ${input.sampleSize}`);
  if (input.sampleSize > input.pool.length)
    throw new InvalidInputError(
      'CAMPAIGN.SAMPLE_LARGER_THAN_POOL',
      'sampleSize',
      `sampleSize: must not exceed the ${input.pool.length} file(s) in the pool, got ${input.sampleSize}`,
    );
  const fileNumbers = drawSample(input.seed, input.pool, input.sampleSize);
  return {
    ...campaign,
    status: 'sampled',
    draw: { seed: input.seed, poolSize: input.pool.length, sampleSize: input.sampleSize, fileNumbers, drawnAt: now },
    updatedAt: now,
  };
}

/** Publishes the problem list; never before the last review it lists. Reviews are closed afterwards. */
export function issueNotice(campaign: Campaign, input: { issuedAt: Date; lastReviewedAt: Date | null }, now: Date): Campaign {
  assertCan(campaign, 'issue the notice of');
  if (input.lastReviewedAt && input.issuedAt < input.lastReviewedAt)
    throw new InvalidInputError('CAMPAIGN.NOTICE_BEFORE_REVIEW', 'issuedAt', 'issuedAt: must not be before the last review (reviewedAt) it reports');
  return { ...campaign, status: 'noticed', issuedAt: input.issuedAt, updatedAt: now };
}
