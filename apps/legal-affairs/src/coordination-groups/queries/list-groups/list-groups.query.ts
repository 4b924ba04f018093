import { COORDINATION_GROUP_FIELDS, COORDINATION_GROUP_STATUSES, CoordinationGroupField, CoordinationGroupStatus } from '@casetrack/contracts';
import { PageQuery } from '@casetrack/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ListGroupsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: COORDINATION_GROUP_STATUSES })
  @IsOptional()
  @IsIn(COORDINATION_GROUP_STATUSES)
  status?: CoordinationGroupStatus;

  @ApiPropertyOptional({ enum: COORDINATION_GROUP_FIELDS })
  @IsOptional()
  @IsIn(COORDINATION_GROUP_FIELDS)
  field?: CoordinationGroupField;
}
