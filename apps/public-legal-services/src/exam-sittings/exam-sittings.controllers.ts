import {
  ApiErrors, ApiPageResponse, CaseCommands, CommandRunner, NotFoundError, PageQuery, parseLimit, ReplyLike, respond, SERVICE_CONFIG, ServiceConfig, TimestampField, UuidParam,
} from '@casetrack/platform';
import { Body, Controller, Get, Headers, Inject, Injectable, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { ExamSitting, recordExamSitting } from './domain/exam-sitting';
import { examSittingRecorded } from './domain/exam-sitting-events';
import { ExamSittingRepository } from './persistence/exam-sitting.repository';
import { ExamSittingView, toExamSittingView } from './queries/exam-sitting.view';

export class RecordExamSittingDto {
  @TimestampField('When the sitting was held; reports count candidates by this time')
  heldAt: string;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100000, example: 1450, description: 'Candidates who sat (参考人员, 人次)' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  candidates: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10000, example: 0, description: 'Incidents in its administration (失误)' })
  @IsInt()
  @Min(0)
  @Max(10_000)
  incidents: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10000, example: 0, description: 'Complaints about it (投诉; not more than candidates)' })
  @IsInt()
  @Min(0)
  @Max(10_000)
  complaints: number;
}

@Injectable()
export class ExamSittingCommandRunner extends CaseCommands<ExamSitting, ExamSittingView> {
  constructor(runner: CommandRunner, sittings: ExamSittingRepository) {
    super(runner, sittings, { view: (s) => toExamSittingView(s, runner.timeZone) });
  }
}

@ApiTags('exam-sittings')
@Controller('v1/exam-sittings')
export class ExamSittingsController {
  constructor(
    private readonly runner: ExamSittingCommandRunner,
    private readonly dataSource: DataSource,
    private readonly sittings: ExamSittingRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Record a sitting of the national legal profession exam at the district site (国家法考考务)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: ExamSittingView, description: 'The new record (a replay answers the first response)' })
  @ApiErrors(400)
  async record(@Body() dto: RecordExamSittingDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    const response = await this.runner.create(
      'POST /v1/exam-sittings', key, dto,
      (now) => recordExamSitting({ id: this.runner.newId(), heldAt: new Date(dto.heldAt), candidates: dto.candidates, incidents: dto.incidents, complaints: dto.complaints }, now),
      examSittingRecorded,
    );
    return respond(reply, response);
  }

  @Get()
  @ApiOperation({ summary: 'Exam sittings, earliest first, paged by cursor' })
  @ApiPageResponse(ExamSittingView)
  @ApiErrors(400)
  async list(@Query() q: PageQuery) {
    const page = await this.sittings.list(this.dataSource.manager, { limit: parseLimit(q.limit), cursor: q.cursor });
    return { items: page.items.map((s) => toExamSittingView(s, this.config.timeZone)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One exam sitting' })
  @ApiOkResponse({ type: ExamSittingView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const found = await this.sittings.findById(this.dataSource.manager, id);
    if (!found) throw new NotFoundError('sitting', id);
    return toExamSittingView(found, this.config.timeZone);
  }
}
