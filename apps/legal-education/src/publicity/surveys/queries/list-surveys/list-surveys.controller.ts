import { ApiErrors, ApiPageResponse, parseLimit, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { SurveyRepository } from '../../persistence/survey.repository';
import { SurveyView, toSurveyView } from '../get-survey/survey.view';
import { ListSurveysQuery } from './list-surveys.query';

@ApiTags('surveys')
@Controller('v1/surveys')
export class ListSurveysController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rows: SurveyRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Surveys by conductedAt, earliest first, paged by cursor' })
  @ApiPageResponse(SurveyView)
  @ApiErrors(400)
  async list(@Query() q: ListSurveysQuery) {
    const page = await this.rows.list(this.dataSource.manager, {
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      limit: parseLimit(q.limit),
      cursor: q.cursor,
    });
    return { items: page.items.map((x) => toSurveyView(x, this.config.timeZone)), nextCursor: page.nextCursor };
  }
}
