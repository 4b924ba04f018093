import { ApiErrors, ApiPageResponse, parseLimit, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { VillageAssessmentRepository } from '../../persistence/village-assessment.repository';
import { VillageAssessmentView, toVillageAssessmentView } from '../get-village-assessment/village-assessment.view';
import { ListVillageAssessmentsQuery } from './list-village-assessments.query';

@ApiTags('village-assessments')
@Controller('v1/village-assessments')
export class ListVillageAssessmentsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rows: VillageAssessmentRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Village assessments by assessedAt, earliest first, paged by cursor' })
  @ApiPageResponse(VillageAssessmentView)
  @ApiErrors(400)
  async list(@Query() q: ListVillageAssessmentsQuery) {
    const page = await this.rows.list(this.dataSource.manager, {
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      limit: parseLimit(q.limit),
      cursor: q.cursor,
    });
    return { items: page.items.map((x) => toVillageAssessmentView(x, this.config.timeZone)), nextCursor: page.nextCursor };
  }
}
