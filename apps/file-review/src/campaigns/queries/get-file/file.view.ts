import { formatInZone } from '@casetrack/platform';
import { PenaltyFile } from '../../domain/penalty-file';

/** A penalty file as the API shows it, with its review (grade derived from the score) once reviewed. */
export function toFileView(f: PenaltyFile, timeZone: string) {
  return {
    id: f.id,
    campaignId: f.campaignId,
    fileNumber: f.fileNumber,
    agency: f.agency,
    penaltyType: f.penaltyType,
    decidedAt: formatInZone(f.decidedAt, timeZone),
    status: f.status,
    drawPosition: f.drawPosition,
    reviewedAt: f.review ? formatInZone(f.review.reviewedAt, timeZone) : null,
    score: f.review?.score ?? null,
    grade: f.review?.grade ?? null,
    problems: f.review?.problems.map((p) => ({ category: p.category, description: p.description })) ?? [],
    createdAt: f.createdAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
  };
}
export type FileView = ReturnType<typeof toFileView>;
