import { ApiErrors, ApiPageResponse, parseLimit, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { LawsuitRepository } from '../../persistence/lawsuit.repository';
import { LawsuitView, toLawsuitView } from '../get-lawsuit/lawsuit.view';
import { ListLawsuitsQuery } from './list-lawsuits.query';

@ApiTags('lawsuits')
@Controller('v1/lawsuits')
export class ListLawsuitsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lawsuits: LawsuitRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Lawsuits by status and defendant agency, oldest filing first, paged by cursor (hearings: GET one lawsuit)' })
  @ApiPageResponse(LawsuitView, 'One page (without hearings); nextCursor is null on the last page')
  @ApiErrors(400)
  async list(@Query() q: ListLawsuitsQuery) {
    const page = await this.lawsuits.list(this.dataSource.manager, {
      status: q.status,
      defendantAgency: q.defendantAgency,
      limit: parseLimit(q.limit),
      cursor: q.cursor,
    });
    return { items: page.items.map((l) => toLawsuitView(l, this.config.timeZone)), nextCursor: page.nextCursor };
  }
}
