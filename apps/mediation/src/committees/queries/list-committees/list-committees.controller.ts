import { COMMITTEE_KINDS, CommitteeKind } from '@casetrack/contracts';
import { ApiErrors, ApiPageResponse, PageQuery, parseLimit, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { CommitteeRepository } from '../../persistence/committee.repository';
import { CommitteeView, toCommitteeView } from './committee.view';

export class ListCommitteesQuery extends PageQuery {
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
  @ApiOperation({ summary: 'Committees by code, optionally of one kind, paged by cursor' })
  @ApiPageResponse(CommitteeView)
  @ApiErrors(400)
  async list(@Query() q: ListCommitteesQuery) {
    const page = await this.committees.list(this.dataSource.manager, { kind: q.kind, limit: parseLimit(q.limit), cursor: q.cursor });
    return { items: page.items.map((c) => toCommitteeView(c, this.config.timeZone)), nextCursor: page.nextCursor };
  }
}
