import { InvalidInputError, ReplyLike, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { REPORTING_CONFIG, ReportingConfig } from '../config';
import { REPORT_AREAS, ReportArea } from '../projections/report-area';
import { renderCsv, renderMarkdown } from './report-text';

export class AnnualReportQuery {
  @ApiPropertyOptional({ description: 'District code (default: the service\'s DISTRICT_CODE)', example: '500106' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'district must be a 6-digit administrative division code' })
  district?: string;

  @ApiPropertyOptional({ enum: ['json', 'markdown', 'csv'], description: 'markdown: Chinese prose in the style of the published report, then a table; csv: one row per figure' })
  @IsOptional()
  @IsIn(['json', 'markdown', 'csv'])
  format?: 'json' | 'markdown' | 'csv';
}

export class BreakdownQuery extends AnnualReportQuery {
  @ApiPropertyOptional({ description: 'Dimension to break the figures down by (depends on the area)' })
  @IsString()
  @Length(1, 50)
  by: string;
}

/** Parses a report year; anything else is a 400 naming `year`. */
function parseYear(raw: string): number {
  const year = Number(raw);
  if (!/^\d{4}$/.test(raw) || year < 1949 || year > 2200)
    throw new InvalidInputError('REPORT.INVALID_YEAR', 'year', `year: must be a four-digit year, got "${raw}"`);
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
  ) {}

  @Get(':year')
  @ApiOperation({ summary: 'The annual figures of a district; each counted in the year of its business time in the district time zone' })
  async annual(@Param('year') rawYear: string, @Query() q: AnnualReportQuery, @Res({ passthrough: true }) reply: ReplyLike) {
    const report = await this.report(parseYear(rawYear), q.district ?? this.config.districtCode);
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

  /** The whole annual report of a district as JSON, every section read in one snapshot. */
  private async report(year: number, district: string) {
    const timeZone = this.config.timeZone;
    // One snapshot for every section, so the figures agree with each other.
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const sections: Record<string, unknown> = {};
      for (const area of this.areas) sections[area.sectionKey] = await area.section(em, { district, year, timeZone });
      const [{ as_of }] = await em.query(`SELECT max(last_event_at) AS as_of FROM reporting.consumer_offsets WHERE group_id = $1`, [
        this.reporting.groupId,
      ]);
      return { district, year, timeZone, ...sections, asOf: as_of ? new Date(as_of).toISOString() : null };
    });
  }

  @Get(':year/:area')
  @ApiOperation({ summary: 'One area\'s figures broken down by a dimension (mediation: category, committeeKind, source, month)' })
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
