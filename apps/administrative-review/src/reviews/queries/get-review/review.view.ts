import {
  ADMINISTRATIVE_MATTERS, AdministrativeMatter, REVIEW_CHANNELS, REVIEW_DECISIONS, REVIEW_STATUSES, ReviewChannel, ReviewDecision, ReviewStatus,
} from '@casetrack/contracts';
import { formatInZone, maskIdNumber, maskName, maskOrNull, maskPhone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Review, timeliness } from '../../domain/review';

const ZONED = { format: 'date-time', description: "In the district's time zone", example: '2019-06-03T10:15:00+08:00' } as const;
const ZONED_OR_NULL = { ...ZONED, type: String, nullable: true } as const;

/** A review as the API shows it (the OpenAPI schema of every review answer). */
export class ReviewView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: REVIEW_CHANNELS }) channel: ReviewChannel;
  @ApiProperty() respondentAgency: string;
  @ApiProperty({ enum: ADMINISTRATIVE_MATTERS }) matter: AdministrativeMatter;
  @ApiProperty(ZONED) receivedAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'Masked', example: '王*' }) applicantName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Masked', example: '5001**********1234' }) applicantIdNumber: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Masked', example: '138****8000' }) applicantPhone: string | null;
  @ApiProperty({ enum: REVIEW_STATUSES }) status: ReviewStatus;
  @ApiProperty(ZONED_OR_NULL) acceptedAt: string | null;
  @ApiProperty({ ...ZONED_OR_NULL, description: 'End of the 60th day after acceptance (plus any extension)' }) dueAt: string | null;
  @ApiProperty({ description: 'Open and due within the next days (by the clock at the answer)' }) dueSoon: boolean;
  @ApiProperty({ description: 'Open and past dueAt (by the clock at the answer)' }) overdue: boolean;
  @ApiProperty() extended: boolean;
  @ApiProperty(ZONED_OR_NULL) extendedAt: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) extensionDays: number | null;
  @ApiProperty(ZONED_OR_NULL) rejectedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) rejectionReason: string | null;
  @ApiProperty(ZONED_OR_NULL) decidedAt: string | null;
  @ApiProperty({ enum: REVIEW_DECISIONS, nullable: true }) decision: ReviewDecision | null;
  @ApiProperty({ description: 'Decided after dueAt' }) late: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/**
 * A review as the API shows it: every field, times in the district's zone, what the clock says about
 * its deadline, and the applicant's name, ID number and phone masked (王*, 5001**********1234,
 * 138****8000) in every response, replays included. The full values: GET /v1/reviews/{id}/personal-data.
 */
export function toReviewView(r: Review, timeZone: string, now: Date): ReviewView {
  const t = (x: Date | null) => (x === null ? null : formatInZone(x, timeZone));
  return {
    id: r.id,
    channel: r.channel,
    respondentAgency: r.respondentAgency,
    matter: r.matter,
    receivedAt: formatInZone(r.receivedAt, timeZone),
    applicantName: maskOrNull(r.applicantName, maskName),
    applicantIdNumber: maskOrNull(r.applicantIdNumber, maskIdNumber),
    applicantPhone: maskOrNull(r.applicantPhone, maskPhone),
    status: r.status,
    acceptedAt: t(r.acceptedAt),
    dueAt: t(r.dueAt),
    ...timeliness(r, now),
    extended: r.extensionDays !== null,
    extendedAt: t(r.extendedAt),
    extensionDays: r.extensionDays,
    rejectedAt: t(r.rejectedAt),
    rejectionReason: r.rejectionReason,
    decidedAt: t(r.decidedAt),
    decision: r.decision,
    late: r.late,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
