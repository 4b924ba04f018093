import {
  APPLICANT_GROUPS, ApplicantGroup, daysToAcceptance, LEGAL_AID_CASE_TYPES, LEGAL_AID_CHANNELS, LEGAL_AID_MATTERS, LEGAL_AID_REJECTION_REASONS,
  LEGAL_AID_RESULTS, LEGAL_AID_STATUSES, LegalAidCaseType, LegalAidChannel, LegalAidMatter, LegalAidRejectionReason, LegalAidResult, LegalAidStatus,
} from '@casetrack/contracts';
import { formatInZone, maskIdNumber, maskName, maskOrNull } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { LegalAidCase } from '../../domain/legal-aid-case';

const ZONED = { format: 'date-time', description: "In the district's time zone", example: '2019-06-03T10:15:00+08:00' } as const;
const ZONED_OR_NULL = { ...ZONED, type: String, nullable: true } as const;

/** A case as the API shows it (the OpenAPI schema of every case answer). */
export class CaseView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: APPLICANT_GROUPS, isArray: true }) applicantGroups: ApplicantGroup[];
  @ApiProperty({ enum: LEGAL_AID_CASE_TYPES }) caseType: LegalAidCaseType;
  @ApiProperty({ enum: LEGAL_AID_MATTERS }) matter: LegalAidMatter;
  @ApiProperty({ enum: LEGAL_AID_CHANNELS }) channel: LegalAidChannel;
  @ApiProperty() greenChannel: boolean;
  @ApiProperty(ZONED) appliedAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'Masked (张*)', example: '张*' }) applicantName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Masked', example: '5001**********1234' }) applicantIdNumber: string | null;
  @ApiProperty({ enum: LEGAL_AID_STATUSES }) status: LegalAidStatus;
  @ApiProperty(ZONED_OR_NULL) acceptedAt: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Calendar days from application to acceptance in the district zone' }) daysToAcceptance: number | null;
  @ApiProperty(ZONED_OR_NULL) rejectedAt: string | null;
  @ApiProperty({ enum: LEGAL_AID_REJECTION_REASONS, nullable: true }) rejectionReason: LegalAidRejectionReason | null;
  @ApiProperty(ZONED_OR_NULL) assignedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) lawFirm: string | null;
  @ApiProperty({ type: String, nullable: true }) lawyer: string | null;
  @ApiProperty(ZONED_OR_NULL) closedAt: string | null;
  @ApiProperty({ enum: LEGAL_AID_RESULTS, nullable: true }) result: LegalAidResult | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Money obtained for the client, in fen' }) benefitFen: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/**
 * A case as the API shows it: every field, times in the district's zone, the applicant's name and
 * identity number masked (张*, 5001**********1234) in every response, replays included. The full
 * values: GET /v1/cases/{id}/personal-data.
 */
export function toCaseView(c: LegalAidCase, timeZone: string): CaseView {
  const t = (x: Date | null) => (x === null ? null : formatInZone(x, timeZone));
  return {
    id: c.id,
    applicantGroups: c.applicantGroups,
    caseType: c.caseType,
    matter: c.matter,
    channel: c.channel,
    greenChannel: c.greenChannel,
    appliedAt: formatInZone(c.appliedAt, timeZone),
    applicantName: maskOrNull(c.applicantName, maskName),
    applicantIdNumber: maskOrNull(c.applicantIdNumber, maskIdNumber),
    status: c.status,
    acceptedAt: t(c.acceptedAt),
    daysToAcceptance: c.acceptedAt === null ? null : daysToAcceptance(timeZone, c.appliedAt, c.acceptedAt),
    rejectedAt: t(c.rejectedAt),
    rejectionReason: c.rejectionReason,
    assignedAt: t(c.assignedAt),
    lawFirm: c.lawFirm,
    lawyer: c.lawyer,
    closedAt: t(c.closedAt),
    result: c.result,
    benefitFen: c.benefitFen,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
