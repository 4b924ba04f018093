import { ApiErrors, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { WorkRepository } from '../../persistence/work.repository';
import { WorkView, toWorkView } from './work.view';

@ApiTags('works')
@Controller('v1/works')
export class GetWorkController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly works: WorkRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One publicity work' })
  @ApiOkResponse({ type: WorkView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const found = await this.works.findById(this.dataSource.manager, id);
    if (!found) throw new NotFoundError('work', id);
    return toWorkView(found, this.config.timeZone);
  }
}
