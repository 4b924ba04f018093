import { ApiErrors, assertRole, decodeCursor, DEFAULT_PAGE_LIMIT, keyShape, InvalidInputError, MAX_PAGE_LIMIT, parseLimit, ReplyLike, Role, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { REPORTING_CONFIG, ReportingConfig } from '../config';
import { parseAgainst } from '../filings/against';
import { CHANGE_KEY, FilingsService } from '../filings/filings.service';
import { REPORT_AREAS, ReportArea } from '../projections/report-area';
import { AnnualReportService, compareSections } from './annual-report.service';
import { ReportAgainstFilingView } from '../filings/filing.view';
import { AnnualReportView, BreakdownView } from './annual-report.view';
import { renderCsv, renderMarkdown } from './report-text';

export class ReportQuery {
  @ApiPropertyOptional({ description: 'District code (default: the service\'s DISTRICT_CODE)', example: '500106' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'district must be a 6-digit administrative division code' })
  district?: string;

  @ApiPropertyOptional({ enum: ['json', 'markdown', 'csv'], description: 'markdown: Chinese prose in the style of the published report, then a table; csv: one row per figure' })
  @IsOptional()
  @IsIn(['json', 'markdown', 'csv'])
  format?: 'json' | 'markdown' | 'csv';

  @ApiPropertyOptional({ description: 'Another year: adds, beside every figure, that year\'s value and the change', example: '2018' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'compareTo must be a four-digit year' })
  compareTo?: string;

  @ApiPropertyOptional({ description: 'filing:{n}: every figure as filed in filing n and as now, and the events applied since the filing that changed them (JSON only)', example: 'filing:1' })
  @IsOptional()
  @IsString()
  @Length(1, 20)
  against?: string;
}

export class AnnualReportQuery extends ReportQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE_LIMIT, default: DEFAULT_PAGE_LIMIT, description: 'With against only: events since the filing per page' })
  @IsOptional()
  @IsString({ message: 'limit must be given once' })
  limit?: string;

  @ApiPropertyOptional({ description: 'With against only: nextCursor of the previous page of events since the filing' })
  @IsOptional()
  @IsString({ message: 'cursor must be given once' })
  cursor?: string;
}

/** The roles that may see case and event ids behind the figures (drill-through, against): not the case services' staff. */
export const CASE_ID_READERS: readonly Role[] = ['report-reader'];

export class BreakdownQuery extends ReportQuery {
  @ApiPropertyOptional({ description: 'Dimension to break the figures down by (depends on the area)' })
  @IsString()
  @Length(1, 50)
  by: string;
}

/** Parses a report year; anything else is a 400 naming `year`. */
export function parseYear(raw: string, field = 'year'): number {
  const year = Number(raw);
  if (!/^\d{4}$/.test(raw) || year < 1949 || year > 2200)
    throw new InvalidInputError('REPORT.INVALID_YEAR', field, `${field}: must be a four-digit year, got "${raw}"`);
  return year;
}

@ApiTags('reports')
@Controller('v1/reports/annual')
export class AnnualReportController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REPORT_AREAS) private readonly areas: ReportArea[],
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(REPORTING_CONFIG) private readonly reporting: ReportingConfig,
    private readonly reports: AnnualReportService,
    private readonly filings: FilingsService,
  ) {}

  @Get(':year')
  @ApiOperation({ summary: 'The annual figures of a district; each counted in the year of its business time in the district time zone' })
  @ApiExtraModels(AnnualReportView, ReportAgainstFilingView)
  @ApiOkResponse({
    description: 'JSON (with against: the figures set against the filing); format=markdown or csv: the report as text',
    content: {
      'application/json': { schema: { oneOf: [{ $ref: getSchemaPath(AnnualReportView) }, { $ref: getSchemaPath(ReportAgainstFilingView) }] } },
      'text/markdown': { schema: { type: 'string', description: 'Chinese prose in the style of the published report, then a table' } },
      'text/csv': { schema: { type: 'string', description: 'One row per figure' } },
    },
  })
  @ApiErrors(400, 404)
  async annual(@Param('year') rawYear: string, @Query() q: AnnualReportQuery, @Res({ passthrough: true }) reply: ReplyLike) {
    const against = parseAgainst(q);
    if (against !== undefined) {
      assertRole(CASE_ID_READERS, 'against (it lists case and event ids)');
      const limit = parseLimit(q.limit);
      if (q.cursor !== undefined) decodeCursor(q.cursor, keyShape(CHANGE_KEY));
      return this.filings.against(parseYear(rawYear), q.district ?? this.config.districtCode, against, { limit, cursor: q.cursor });
    }
    const compareTo = q.compareTo === undefined ? undefined : parseYear(q.compareTo, 'compareTo');
    const report = await this.report(parseYear(rawYear), q.district ?? this.config.districtCode, compareTo);
    if (q.format === 'markdown') {
      reply.header('content-type', 'text/markdown; charset=utf-8');
      return renderMarkdown(report);
    }
    if (q.format === 'csv') {
      reply.header('content-type', 'text/csv; charset=utf-8');
      return renderCsv(report);
    }
    return report;
  }

  /** The whole annual report of a district as JSON, optionally compared with another year. */
  private async report(year: number, district: string, compareTo?: number) {
    const [sections, asOf, consumerLag] = await Promise.all([
      this.reports.sections(year, district),
      this.reports.asOf(),
      this.reports.consumerLag(),
    ]);
    const report: Record<string, unknown> = { district, year, timeZone: this.config.timeZone, ...sections, asOf, consumerLag };
    if (compareTo !== undefined) {
      const other = await this.reports.sections(compareTo, district);
      report.compareTo = { year: compareTo, figures: compareSections(sections, other) };
    }
    return report;
  }

  @Get(':year/:area')
  @ApiOperation({ summary: 'One area\'s figures broken down by a dimension (mediation: category, committeeKind, source, month)', description: 'legal-aid by applicantGroup: a case with several applicant groups counts once in each of its groups\' rows, so those rows may add up to more than the legalAid totals, which count every case once (they are kept in a separate rollup).' })
  @ApiOkResponse({ type: BreakdownView })
  @ApiErrors(400)
  async breakdown(@Param('year') rawYear: string, @Param('area') name: string, @Query() q: BreakdownQuery) {
    const year = parseYear(rawYear);
    const area = this.areas.find((a) => a.area === name);
    if (!area)
      throw new InvalidInputError('REPORT.UNKNOWN_AREA', 'area', `area: must be one of ${this.areas.map((a) => a.area).join(', ')}, got "${name}"`);
    if (!area.dimensions.includes(q.by))
      throw new InvalidInputError('REPORT.UNKNOWN_DIMENSION', 'by', `by: ${name} can be broken down by ${area.dimensions.join(', ')}, not "${q.by}"`);
    const district = q.district ?? this.config.districtCode;
    const rows = await area.breakdown(this.dataSource.manager, { district, year, timeZone: this.config.timeZone, by: q.by });
    return { district, year, area: name, by: q.by, rows };
  }
}
