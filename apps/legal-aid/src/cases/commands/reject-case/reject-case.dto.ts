import { LEGAL_AID_REJECTION_REASONS, LegalAidRejectionReason } from '@casetrack/contracts';
import { TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class RejectCaseDto {
  @TimestampField('When the desk refused the application (not before appliedAt)')
  rejectedAt: string;

  @ApiProperty({ enum: LEGAL_AID_REJECTION_REASONS })
  @IsIn(LEGAL_AID_REJECTION_REASONS)
  reason: LegalAidRejectionReason;
}
