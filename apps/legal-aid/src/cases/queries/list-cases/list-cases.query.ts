import { LEGAL_AID_STATUSES, LegalAidStatus } from '@casetrack/contracts';
import { IsTimestamp, PageQuery } from '@casetrack/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ListCasesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: LEGAL_AID_STATUSES })
  @IsOptional()
  @IsIn(LEGAL_AID_STATUSES)
  status?: LegalAidStatus;

  @ApiPropertyOptional({ description: 'appliedAt at or after this time' })
  @IsOptional()
  @IsTimestamp()
  from?: string;

  @ApiPropertyOptional({ description: 'appliedAt before this time' })
  @IsOptional()
  @IsTimestamp()
  to?: string;
}
