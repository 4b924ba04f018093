import { CONTEST_STATUSES, ContestStatus } from '@casetrack/contracts';
import { PageQuery } from '@casetrack/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ListContestsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CONTEST_STATUSES })
  @IsOptional()
  @IsIn(CONTEST_STATUSES)
  status?: ContestStatus;
}
