import { InvalidInputError, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { REPORTING_CONFIG, ReportingConfig } from '../config';
import { MEDIATION_DIMENSIONS, MediationDimension, MediationReportQuery } from '../mediation/mediation-report.query';

export class AnnualReportQuery {
  @ApiPropertyOptional({ description: 'District code (default: the service\'s DISTRICT_CODE)', example: '500106' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'district must be a 6-digit administrative division code' })
  district?: string;
}

export class BreakdownQuery extends AnnualReportQuery {
  @ApiPropertyOptional({ description: 'Dimension to break the figures down by' })
  @IsIn([...MEDIATION_DIMENSIONS])
  by: string;
}

const AREAS = ['mediation'] as const;

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
    private readonly mediation: MediationReportQuery,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(REPORTING_CONFIG) private readonly reporting: ReportingConfig,
  ) {}

  @Get(':year')
  @ApiOperation({ summary: 'The annual figures of a district; each counted in the year of its business time in the district time zone' })
  async annual(@Param('year') rawYear: string, @Query() q: AnnualReportQuery) {
    const year = parseYear(rawYear);
    const district = q.district ?? this.config.districtCode;
    const em = this.dataSource.manager;
    const [{ as_of }] = await em.query(`SELECT max(last_event_at) AS as_of FROM reporting.consumer_offsets WHERE group_id = $1`, [
      this.reporting.groupId,
    ]);
    return {
      district,
      year,
      timeZone: this.config.timeZone,
      mediation: await this.mediation.section(em, district, year, this.config.timeZone),
      asOf: as_of ? new Date(as_of).toISOString() : null,
    };
  }

  @Get(':year/:area')
  @ApiOperation({ summary: 'One area\'s figures broken down by a dimension (mediation: category, committeeKind, source, month)' })
  async breakdown(@Param('year') rawYear: string, @Param('area') area: string, @Query() q: BreakdownQuery) {
    const year = parseYear(rawYear);
    if (!(AREAS as readonly string[]).includes(area))
      throw new InvalidInputError('REPORT.UNKNOWN_AREA', 'area', `area: must be one of ${AREAS.join(', ')}, got "${area}"`);
    const district = q.district ?? this.config.districtCode;
    const rows = await this.mediation.breakdown(this.dataSource.manager, district, year, q.by as MediationDimension);
    return { district, year, area, by: q.by, rows };
  }
}
