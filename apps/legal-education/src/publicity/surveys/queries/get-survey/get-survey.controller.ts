import { ApiErrors, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { SurveyRepository } from '../../persistence/survey.repository';
import { SurveyView, toSurveyView } from './survey.view';

@ApiTags('surveys')
@Controller('v1/surveys')
export class GetSurveyController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rows: SurveyRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One survey' })
  @ApiOkResponse({ type: SurveyView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const found = await this.rows.findById(this.dataSource.manager, id);
    if (!found) throw new NotFoundError('survey', id);
    return toSurveyView(found, this.config.timeZone);
  }
}
