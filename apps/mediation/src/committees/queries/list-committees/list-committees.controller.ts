import { COMMITTEE_KINDS, CommitteeKind } from '@casetrack/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { CommitteeRepository } from '../../persistence/committee.repository';
import { toCommitteeView } from './committee.view';

export class ListCommitteesQuery {
  @ApiPropertyOptional({ enum: COMMITTEE_KINDS })
  @IsOptional()
  @IsIn(COMMITTEE_KINDS)
  kind?: CommitteeKind;
}

@ApiTags('committees')
@Controller('v1/committees')
export class ListCommitteesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly committees: CommitteeRepository,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List committees, optionally of one kind' })
  async list(@Query() query: ListCommitteesQuery) {
    const items = await this.committees.list(this.dataSource.manager, query.kind);
    return { items: items.map(toCommitteeView) };
  }
}
