import { PENALTY_TYPES, PenaltyType, PROBLEM_CATEGORIES, ProblemCategory, REVIEW_GRADES, ReviewGrade } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { FILE_STATUSES, FileStatus, PenaltyFile } from '../../domain/penalty-file';

const ZONED = { format: 'date-time', description: "In the district's time zone", example: '2019-06-03T10:15:00+08:00' } as const;

/** One problem a reviewer found in a file. */
export class FileProblemView {
  @ApiProperty({ enum: PROBLEM_CATEGORIES }) category: ProblemCategory;
  @ApiProperty() description: string;
}

/** A penalty file as the API shows it (the OpenAPI schema of every file answer). */
export class FileView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty() fileNumber: string;
  @ApiProperty() agency: string;
  @ApiProperty({ enum: PENALTY_TYPES }) penaltyType: PenaltyType;
  @ApiProperty(ZONED) decidedAt: string;
  @ApiProperty({ enum: FILE_STATUSES }) status: FileStatus;
  @ApiProperty({ type: 'integer', nullable: true, description: '1-based position in the draw; null while only pooled' }) drawPosition: number | null;
  @ApiProperty({ ...ZONED, type: String, nullable: true }) reviewedAt: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) score: number | null;
  @ApiProperty({ enum: REVIEW_GRADES, nullable: true }) grade: ReviewGrade | null;
  @ApiProperty({ type: [FileProblemView] }) problems: FileProblemView[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** A penalty file as the API shows it, with its review (grade derived from the score) once reviewed. */
export function toFileView(f: PenaltyFile, timeZone: string): FileView {
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
