import { PenaltyType, ProblemCategory, ReviewGrade } from '@casetrack/contracts';
import { InvalidInputError, InvalidTransitionError } from '@casetrack/platform';
import { assertCan, Campaign } from './campaign';
import { gradeOf } from './grade';

/** pooled → drawn (into the sample) → reviewed (once). Files left in the pool are never reviewed. */
export const FILE_STATUSES = ['pooled', 'drawn', 'reviewed'] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];

export interface Problem {
  category: ProblemCategory;
  /** Free text for the problem list; never published in an event. */
  description: string;
}

export interface Review {
  reviewedAt: Date;
  score: number;
  grade: ReviewGrade;
  problems: Problem[];
}

/** An administrative-penalty case file (行政处罚案卷) pooled into a campaign. */
export interface PenaltyFile {
  id: string;
  campaignId: string;
  /** Official document number of the decision; unique within the campaign; decides the draw. */
  fileNumber: string;
  agency: string;
  penaltyType: PenaltyType;
  decidedAt: Date;
  status: FileStatus;
  /** 1-based position in the draw; null while only pooled. */
  drawPosition: number | null;
  review: Review | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A file entering the pool of an open campaign. */
export function poolFile(
  input: { id: string; campaignId: string; fileNumber: string; agency: string; penaltyType: PenaltyType; decidedAt: Date },
  now: Date,
): PenaltyFile {
  return { ...input, status: 'pooled', drawPosition: null, review: null, createdAt: now, updatedAt: now };
}

/**
 * Scores a file: only a drawn file, only once, and only while its campaign takes reviews (not
 * after the notice); never before the penalty was decided. The grade follows from the score.
 */
export function reviewFile(
  file: PenaltyFile,
  campaign: Campaign,
  input: { reviewedAt: Date; score: number; problems: Problem[] },
  now: Date,
): PenaltyFile {
  if (file.status !== 'drawn') throw new InvalidTransitionError('file', 'review', file.status);
  assertCan(campaign, 'review files of');
  if (input.reviewedAt < file.decidedAt)
    throw new InvalidInputError('FILE.REVIEWED_BEFORE_DECIDED', 'reviewedAt', 'reviewedAt: must not be before the penalty was decided (decidedAt)');
  return {
    ...file,
    status: 'reviewed',
    review: { reviewedAt: input.reviewedAt, score: input.score, grade: gradeOf(input.score), problems: input.problems },
    updatedAt: now,
  };
}

/** The numbers that occur more than once in `numbers`, each once, in byte order. */
export function repeatedNumbers(numbers: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const n of numbers) (seen.has(n) ? repeated : seen).add(n);
  return [...repeated].sort(byteOrder);
}

/** Code-unit order, the same in every locale. */
export const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
