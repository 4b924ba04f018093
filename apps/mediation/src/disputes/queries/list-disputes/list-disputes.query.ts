import { DISPUTE_CATEGORIES, DISPUTE_STATUSES, DisputeCategory, DisputeStatus } from '@casetrack/contracts';
import { IsTimestamp, PageQuery } from '@casetrack/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';

export class ListDisputesQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 50)
  committeeCode?: string;

  @ApiPropertyOptional({ enum: DISPUTE_STATUSES })
  @IsOptional()
  @IsIn(DISPUTE_STATUSES)
  status?: DisputeStatus;

  @ApiPropertyOptional({ enum: DISPUTE_CATEGORIES, description: 'Only disputes of this category (纠纷类别)' })
  @IsOptional()
  @IsIn(DISPUTE_CATEGORIES)
  category?: DisputeCategory;

  @ApiPropertyOptional({ description: 'receivedAt at or after this time' })
  @IsOptional()
  @IsTimestamp()
  from?: string;

  @ApiPropertyOptional({ description: 'receivedAt before this time' })
  @IsOptional()
  @IsTimestamp()
  to?: string;
}
