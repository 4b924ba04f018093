import { CONTRACT_KINDS, CONTRACT_STATUSES, ContractKind, ContractStatus } from '@casetrack/contracts';
import { PageQuery } from '@casetrack/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ListContractsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CONTRACT_STATUSES })
  @IsOptional()
  @IsIn(CONTRACT_STATUSES)
  status?: ContractStatus;

  @ApiPropertyOptional({ enum: CONTRACT_KINDS })
  @IsOptional()
  @IsIn(CONTRACT_KINDS)
  kind?: ContractKind;
}
