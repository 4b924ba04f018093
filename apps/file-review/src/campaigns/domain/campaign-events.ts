import {
  CampaignNoticedV1, CampaignOpenedV1, FileReviewedV1, FileReviewEvent, FileSampledV1, PROBLEM_CATEGORIES, ProblemCategory,
} from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { Campaign, panelByRole } from './campaign';
import { PenaltyFile } from './penalty-file';

type Draft<E> = E extends FileReviewEvent ? Pick<E, 'type' | 'version' | 'payload'> : never;
/** An event before its envelope: the command runner stamps id, time, caseId and sequence. */
export type FileReviewEventDraft = Draft<FileReviewEvent>;

/** Where and when events are recorded, and by whom. */
export interface EventContext {
  nextId(): string;
  occurredAt: Date;
  district: string;
  timeZone: string;
  /** Id of the user who acted (never a name); absent or null for system actions. */
  actorId?: string | null;
}

/**
 * Wraps drafts in envelopes keyed by the campaign: every event of a campaign and of its files has
 * the campaign id as caseId, and sequences continue from the campaign's last one, +1 per event.
 */
export function stamp(drafts: readonly FileReviewEventDraft[], campaign: Campaign, ctx: EventContext): FileReviewEvent[] {
  const occurredAt = formatInZone(ctx.occurredAt, ctx.timeZone);
  return drafts.map(
    (draft, i) =>
      ({
        ...draft,
        eventId: ctx.nextId(),
        occurredAt,
        district: ctx.district,
        caseId: campaign.id,
        sequence: campaign.sequence + i + 1,
        actorId: ctx.actorId ?? null,
      }) as FileReviewEvent,
  );
}

export function campaignOpened(c: Campaign, timeZone: string): Draft<CampaignOpenedV1> {
  return {
    type: CampaignOpenedV1.type,
    version: 1,
    payload: { year: c.year, openedAt: formatInZone(c.createdAt, timeZone), panelSize: c.panel.length, panelByRole: panelByRole(c.panel) },
  };
}

/** The dimensions of a file every file event carries; never a description or a name. */
function fileDimensions(c: Campaign, f: PenaltyFile) {
  return { campaignYear: c.year, fileId: f.id, fileNumber: f.fileNumber, agency: f.agency, penaltyType: f.penaltyType };
}

export function fileSampled(c: Campaign, f: PenaltyFile, timeZone: string): Draft<FileSampledV1> {
  return {
    type: FileSampledV1.type,
    version: 1,
    payload: {
      ...fileDimensions(c, f),
      decidedAt: formatInZone(f.decidedAt, timeZone),
      drawPosition: f.drawPosition!,
      sampleSize: c.draw!.sampleSize,
      poolSize: c.draw!.poolSize,
    },
  };
}

/** Problems counted by category, every category present. */
export function problemCounts(problems: readonly { category: ProblemCategory }[]): Record<ProblemCategory, number> {
  const counts = Object.fromEntries(PROBLEM_CATEGORIES.map((k) => [k, 0])) as Record<ProblemCategory, number>;
  for (const p of problems) counts[p.category] += 1;
  return counts;
}

export function fileReviewed(c: Campaign, f: PenaltyFile, timeZone: string): Draft<FileReviewedV1> {
  const review = f.review!;
  return {
    type: FileReviewedV1.type,
    version: 1,
    payload: {
      ...fileDimensions(c, f),
      reviewedAt: formatInZone(review.reviewedAt, timeZone),
      score: review.score,
      grade: review.grade,
      problemCounts: problemCounts(review.problems),
    },
  };
}

export function campaignNoticed(
  c: Campaign,
  counts: { filesDrawn: number; filesReviewed: number; problems: number },
  timeZone: string,
): Draft<CampaignNoticedV1> {
  return { type: CampaignNoticedV1.type, version: 1, payload: { year: c.year, issuedAt: formatInZone(c.issuedAt!, timeZone), ...counts } };
}
