import { EXAM_AUDIENCES, EXAM_STATUSES, ExamAudience, ExamStatus } from '@casetrack/contracts';
import { PageQuery } from '@casetrack/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ListExamsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: EXAM_STATUSES })
  @IsOptional()
  @IsIn(EXAM_STATUSES)
  status?: ExamStatus;

  @ApiPropertyOptional({ enum: EXAM_AUDIENCES })
  @IsOptional()
  @IsIn(EXAM_AUDIENCES)
  audience?: ExamAudience;
}
