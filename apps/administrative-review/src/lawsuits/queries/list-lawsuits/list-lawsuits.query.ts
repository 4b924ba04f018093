import { LAWSUIT_STATUSES, LawsuitStatus } from '@casetrack/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

export class ListLawsuitsQuery {
  @ApiPropertyOptional({ enum: LAWSUIT_STATUSES })
  @IsOptional()
  @IsIn(LAWSUIT_STATUSES)
  status?: LawsuitStatus;

  @ApiPropertyOptional({ description: 'Only lawsuits against this agency' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  defendantAgency?: string;

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
