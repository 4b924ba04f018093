import { ApiErrors, CLOCK, Clock, formatInZone, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { DistrictUnitRepository } from '../../persistence/district-unit.repository';
import { AdviserCoverageQuery } from './adviser-coverage.query';
import { AdviserCoverageView } from './adviser-coverage.view';

@ApiTags('units')
@Controller('v1/adviser-coverage')
export class AdviserCoverageController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly units: DistrictUnitRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Adviser coverage of the district units at an instant: units in the registry, those with an engagement running, the others by name' })
  @ApiOkResponse({ type: AdviserCoverageView })
  @ApiErrors(400)
  async get(@Query() q: AdviserCoverageQuery): Promise<AdviserCoverageView> {
    const at = q.at === undefined ? this.clock.now() : new Date(q.at);
    const units = await this.units.coverageAt(this.dataSource.manager, at);
    const uncovered = units.filter((u) => !u.covered).map((u) => u.name);
    return { at: formatInZone(at, this.config.timeZone), units: units.length, covered: units.length - uncovered.length, full: units.length > 0 && uncovered.length === 0, uncovered };
  }
}
