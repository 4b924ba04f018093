import { ApiErrors, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { VillageAssessmentRepository } from '../../persistence/village-assessment.repository';
import { VillageAssessmentView, toVillageAssessmentView } from './village-assessment.view';

@ApiTags('village-assessments')
@Controller('v1/village-assessments')
export class GetVillageAssessmentController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rows: VillageAssessmentRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One village assessment' })
  @ApiOkResponse({ type: VillageAssessmentView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const found = await this.rows.findById(this.dataSource.manager, id);
    if (!found) throw new NotFoundError('village-assessment', id);
    return toVillageAssessmentView(found, this.config.timeZone);
  }
}
