import { ApiErrors, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CoordinationGroupRepository } from '../../persistence/coordination-group.repository';
import { CoordinationGroupView, toCoordinationGroupView } from './coordination-group.view';

@ApiTags('coordination-groups')
@Controller('v1/coordination-groups')
export class GetGroupController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly groups: CoordinationGroupRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One coordination group' })
  @ApiOkResponse({ type: CoordinationGroupView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const found = await this.groups.findById(this.dataSource.manager, id);
    if (!found) throw new NotFoundError('group', id);
    return toCoordinationGroupView(found, this.config.timeZone);
  }
}
