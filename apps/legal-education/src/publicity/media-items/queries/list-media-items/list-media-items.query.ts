import { LEVELS, Level } from '@casetrack/contracts';
import { IsTimestamp, PageQuery } from '@casetrack/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ListMediaItemsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: LEVELS })
  @IsOptional()
  @IsIn(LEVELS)
  level?: Level;

  @ApiPropertyOptional({ description: 'adoptedAt at or after this time' })
  @IsOptional()
  @IsTimestamp()
  from?: string;

  @ApiPropertyOptional({ description: 'adoptedAt before this time' })
  @IsOptional()
  @IsTimestamp()
  to?: string;
}
