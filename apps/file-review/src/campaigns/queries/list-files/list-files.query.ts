import { PageQuery } from '@casetrack/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ListFilesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only the drawn files; false: only those left in the pool' })
  @IsOptional()
  @IsIn(['true', 'false'])
  drawn?: 'true' | 'false';
}
