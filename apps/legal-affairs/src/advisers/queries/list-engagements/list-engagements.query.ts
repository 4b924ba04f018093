import { ENGAGEMENT_STATUSES, EngagementStatus } from '@casetrack/contracts';
import { PageQuery } from '@casetrack/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';

export class ListEngagementsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ENGAGEMENT_STATUSES })
  @IsOptional()
  @IsIn(ENGAGEMENT_STATUSES)
  status?: EngagementStatus;

  @ApiPropertyOptional({ description: 'Only engagements of this unit' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  unit?: string;
}
