import { ApiErrors, ApiPageResponse, parseLimit, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ExamRepository } from '../../persistence/exam.repository';
import { ExamView, toExamView } from '../get-exam/exam.view';
import { ListExamsQuery } from './list-exams.query';

@ApiTags('exams')
@Controller('v1/exams')
export class ListExamsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Exam sessions by status and audience, earliest scheduled first, paged by cursor' })
  @ApiPageResponse(ExamView)
  @ApiErrors(400)
  async list(@Query() q: ListExamsQuery) {
    const page = await this.exams.list(this.dataSource.manager, { status: q.status, audience: q.audience, limit: parseLimit(q.limit), cursor: q.cursor });
    return { items: page.items.map((e) => toExamView(e, this.config.timeZone)), nextCursor: page.nextCursor };
  }
}
