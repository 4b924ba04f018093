import { ApiErrors, IsText, PageQuery, parseLimit, respond, ReplyLike, Roles, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Body, Controller, Get, Headers, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { parseYear } from '../annual-report/annual-report.controller';
import { parseFilingNumber } from './against';
import { FilingsPageView, FilingView } from './filing.view';
import { FilingsService } from './filings.service';

export class FileReportDto {
  @ApiPropertyOptional({ description: "District code (default: the service's DISTRICT_CODE)", example: '500106' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'district must be a 6-digit administrative division code' })
  district?: string;

  @ApiPropertyOptional({ maxLength: 500, description: 'What this filing is for (e.g. 报区政府的年度报告)' })
  @IsOptional()
  @IsText({ max: 500, multiline: true })
  note?: string;
}

export class FilingQuery {
  @ApiPropertyOptional({ description: "District code (default: the service's DISTRICT_CODE)", example: '500106' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'district must be a 6-digit administrative division code' })
  district?: string;
}

export class FilingsQuery extends PageQuery {
  @ApiPropertyOptional({ description: "District code (default: the service's DISTRICT_CODE)", example: '500106' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'district must be a 6-digit administrative division code' })
  district?: string;
}

@ApiTags('reports')
@Controller('v1/reports/annual')
export class FilingsController {
  constructor(
    private readonly filings: FilingsService,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  // Filing states what the bureau published; reading filings is open like the rest of the report.
  @Roles('admin')
  @Post(':year/filings')
  @ApiOperation({
    summary: 'File the annual report: freeze its figures and the topic offsets they were computed at, as filing 1, 2, … of the district\'s year',
    description: 'GET /v1/reports/annual/{year}?against=filing:{n} then shows every figure as filed and as now, with the events applied since.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first filing and files nothing new' })
  @ApiCreatedResponse({ type: FilingView, description: 'The filing with its figures (a replay answers the first filing)' })
  @ApiErrors(400)
  async file(
    @Param('year') rawYear: string,
    @Body() dto: FileReportDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    const year = parseYear(rawYear);
    return respond(reply, await this.filings.file(year, dto.district ?? this.config.districtCode, dto.note, key, dto));
  }

  @Get(':year/filings')
  @ApiOperation({ summary: 'The filings of a district\'s year, oldest first (without their figures), paged by cursor' })
  @ApiOkResponse({ type: FilingsPageView })
  @ApiErrors(400)
  async list(@Param('year') rawYear: string, @Query() q: FilingsQuery) {
    const year = parseYear(rawYear);
    const district = q.district ?? this.config.districtCode;
    return { district, year, ...(await this.filings.list(year, district, { limit: parseLimit(q.limit), cursor: q.cursor })) };
  }

  @Get(':year/filings/:n')
  @ApiOperation({ summary: 'One filing with its figures as filed; 404 when the district\'s year has no such filing' })
  @ApiOkResponse({ type: FilingView, description: 'With its figures as filed' })
  @ApiErrors(400, 404)
  async get(@Param('year') rawYear: string, @Param('n') rawN: string, @Query() q: FilingQuery) {
    return this.filings.get(parseYear(rawYear), q.district ?? this.config.districtCode, parseFilingNumber(rawN));
  }
}
