import { LEGAL_AID_STATUSES, LegalAidStatus } from '@casetrack/contracts';
import { IsTimestamp } from '@casetrack/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

export class ListCasesQuery {
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

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  cursor?: string;
}
