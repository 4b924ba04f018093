import { LEGAL_AID_RESULTS, LegalAidResult } from '@casetrack/contracts';
import { FenField, TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class CloseCaseDto {
  @TimestampField('When the case ended (not before assignedAt); reports count closures and their benefit by this time')
  closedAt: string;

  @ApiProperty({ enum: LEGAL_AID_RESULTS })
  @IsIn(LEGAL_AID_RESULTS)
  result: LegalAidResult;

  @FenField('Money recovered or obtained for the client (挽回损失或取得利益); 0 when none')
  benefitFen: number;
}
