import { ApiErrors, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CaseRepository } from '../../persistence/case.repository';
import { CaseView, toCaseView } from './case.view';

@ApiTags('cases')
@Controller('v1/cases')
export class GetCaseController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One legal aid case; the applicant\'s name and identity number are masked' })
  @ApiOkResponse({ type: CaseView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const found = await this.cases.findById(this.dataSource.manager, id);
    if (!found) throw new NotFoundError('case', id);
    return toCaseView(found, this.config.timeZone);
  }
}
