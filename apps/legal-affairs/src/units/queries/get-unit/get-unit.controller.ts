import { ApiErrors, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { DistrictUnitRepository } from '../../persistence/district-unit.repository';
import { DistrictUnitView, toDistrictUnitView } from './district-unit.view';

@ApiTags('units')
@Controller('v1/units')
export class GetUnitController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly units: DistrictUnitRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One district unit' })
  @ApiOkResponse({ type: DistrictUnitView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const found = await this.units.findById(this.dataSource.manager, id);
    if (!found) throw new NotFoundError('unit', id);
    return toDistrictUnitView(found, this.config.timeZone);
  }
}
