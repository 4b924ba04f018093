import { ApiErrors, ApiPageResponse, parseLimit, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { DistrictUnitRepository } from '../../persistence/district-unit.repository';
import { DistrictUnitView, toDistrictUnitView } from '../get-unit/district-unit.view';
import { ListUnitsQuery } from './list-units.query';

@ApiTags('units')
@Controller('v1/units')
export class ListUnitsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly units: DistrictUnitRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'District units by status, earliest registration first, paged by cursor' })
  @ApiPageResponse(DistrictUnitView)
  @ApiErrors(400)
  async list(@Query() q: ListUnitsQuery) {
    const page = await this.units.list(this.dataSource.manager, { status: q.status, limit: parseLimit(q.limit), cursor: q.cursor });
    return { items: page.items.map((u) => toDistrictUnitView(u, this.config.timeZone)), nextCursor: page.nextCursor };
  }
}
