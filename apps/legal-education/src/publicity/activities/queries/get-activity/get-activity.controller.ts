import { ApiErrors, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ActivityRepository } from '../../persistence/activity.repository';
import { ActivityView, toActivityView } from './activity.view';

@ApiTags('publicity-activities')
@Controller('v1/publicity-activities')
export class GetActivityController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rows: ActivityRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One activity' })
  @ApiOkResponse({ type: ActivityView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const found = await this.rows.findById(this.dataSource.manager, id);
    if (!found) throw new NotFoundError('activity', id);
    return toActivityView(found, this.config.timeZone);
  }
}
