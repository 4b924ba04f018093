import { ApiErrors, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { EngagementRepository } from '../../persistence/engagement.repository';
import { EngagementView, toEngagementView } from './engagement.view';

@ApiTags('engagements')
@Controller('v1/engagements')
export class GetEngagementController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engagements: EngagementRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One legal adviser engagement (its work records: GET /v1/engagements/{id}/work-records)' })
  @ApiOkResponse({ type: EngagementView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const found = await this.engagements.findById(this.dataSource.manager, id);
    if (!found) throw new NotFoundError('engagement', id);
    return toEngagementView(found, this.config.timeZone);
  }
}
