import { COMMITTEE_KINDS, CommitteeKind } from '@casetrack/contracts';
import { SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
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
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List committees, optionally of one kind' })
  async list(@Query() query: ListCommitteesQuery) {
    const items = await this.committees.list(this.dataSource.manager, query.kind);
    return { items: items.map((c) => toCommitteeView(c, this.config.timeZone)) };
  }
}
