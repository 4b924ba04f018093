import { ApiErrors, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ExamRepository } from '../../persistence/exam.repository';
import { ExamView, toExamView } from './exam.view';

@ApiTags('exams')
@Controller('v1/exams')
export class GetExamController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One exam session' })
  @ApiOkResponse({ type: ExamView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const found = await this.exams.findById(this.dataSource.manager, id);
    if (!found) throw new NotFoundError('exam', id);
    return toExamView(found, this.config.timeZone);
  }
}
