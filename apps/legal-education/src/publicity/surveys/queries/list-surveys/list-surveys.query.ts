import { IsTimestamp, PageQuery } from '@casetrack/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

export class ListSurveysQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'conductedAt at or after this time' })
  @IsOptional()
  @IsTimestamp()
  from?: string;

  @ApiPropertyOptional({ description: 'conductedAt before this time' })
  @IsOptional()
  @IsTimestamp()
  to?: string;
}
