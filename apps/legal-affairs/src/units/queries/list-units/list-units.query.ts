import { DISTRICT_UNIT_STATUSES, DistrictUnitStatus } from '@casetrack/contracts';
import { PageQuery } from '@casetrack/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ListUnitsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DISTRICT_UNIT_STATUSES })
  @IsOptional()
  @IsIn(DISTRICT_UNIT_STATUSES)
  status?: DistrictUnitStatus;
}
