import { LAWSUIT_STATUSES, LawsuitStatus } from '@casetrack/contracts';
import { PageQuery } from '@casetrack/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';

export class ListLawsuitsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: LAWSUIT_STATUSES })
  @IsOptional()
  @IsIn(LAWSUIT_STATUSES)
  status?: LawsuitStatus;

  @ApiPropertyOptional({ description: 'Only lawsuits against this agency' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  defendantAgency?: string;
}
