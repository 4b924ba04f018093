import { IsTimestamp, PageQuery } from '@casetrack/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

export class ListVillageAssessmentsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'assessedAt at or after this time' })
  @IsOptional()
  @IsTimestamp()
  from?: string;

  @ApiPropertyOptional({ description: 'assessedAt before this time' })
  @IsOptional()
  @IsTimestamp()
  to?: string;
}
