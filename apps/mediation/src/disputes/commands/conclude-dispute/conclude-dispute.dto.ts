import { AGREEMENT_FORMS, AgreementForm, MEDIATION_RESULTS, MediationResult } from '@casetrack/contracts';
import { FenField, TimestampField } from '@casetrack/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ConcludeDisputeDto {
  @ApiProperty({ enum: MEDIATION_RESULTS })
  @IsIn(MEDIATION_RESULTS)
  result: MediationResult;

  @TimestampField('When the mediation ended; reports count conclusions by this time, in the district time zone')
  concludedAt: string;

  @ApiPropertyOptional({ enum: AGREEMENT_FORMS, description: 'Form of the agreement (success only)' })
  @IsOptional()
  @IsIn(AGREEMENT_FORMS)
  agreement?: AgreementForm;

  @FenField('Amount agreed (success only)', true)
  agreementAmountFen?: number;
}
