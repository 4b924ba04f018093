import { ApiErrors, InvalidInputError, Roles, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CASE_ID_READERS, parseYear } from '../annual-report/annual-report.controller';
import { REPORT_AREAS, ReportArea } from '../projections/report-area';
import { DrillThroughQuery } from './drill-through.query';
import { DEFAULT_LIMIT, MAX_LIMIT, parseDrillThroughRequest } from './drill-through.request';
import { DrillThroughView } from './drill-through.view';
import { FIGURE_CATALOG } from './figure-catalog';

const FIGURES_DOC = Object.entries(FIGURE_CATALOG)
  .map(([area, f]) => `${area}: ${Object.keys(f.figures).join(', ')} (by ${Object.keys(f.dimensions).join(', ')})`)
  .join('; ');

// The case and event ids behind a figure are for report readers, not for the staff of every case service.
@ApiTags('reports')
@Roles(...CASE_ID_READERS)
@Controller('v1/reports/annual')
export class DrillThroughController {
  constructor(
    @Inject(REPORT_AREAS) private readonly areas: ReportArea[],
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    private readonly query: DrillThroughQuery,
  ) {}

  @Get(':year/:area/cases')
  @ApiOperation({
    summary: 'The cases (and their events) behind one count figure, optionally narrowed to one breakdown cell; total equals the figure',
    description:
      `Any of the area's breakdown dimensions may be added as a filter (e.g. &category=labour&month=3); total then equals that breakdown row's figure. ` +
      `A case with several applicant groups (legal-aid) or problem categories (file-review) matches each of them. ` +
      `Litigation hearings and head appearances count hearings: their items also carry hearingId; judicial suggestion figures count suggestions and carry suggestionId; legal-affairs adviser work counts work records, whose items carry workRecordId, and clean-up figures count decisions, whose items carry decisionId; unitsAtYearEnd and unitsWithAdviser list the registry's units active at the year's last second (with an adviser then), one item per unit name carrying unit (and engagementIds, the engagements running then), and take no dimension. Figures: ${FIGURES_DOC}.`,
  })
  @ApiQuery({ name: 'figure', required: true, description: 'A count figure of the area, as named in its report section' })
  @ApiQuery({ name: 'limit', required: false, description: `Items per page, 1–${MAX_LIMIT} (default ${DEFAULT_LIMIT})` })
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiQuery({ name: 'district', required: false, description: "District code (default: the service's DISTRICT_CODE)" })
  @ApiOkResponse({ type: DrillThroughView })
  @ApiErrors(400)
  async cases(@Param('year') rawYear: string, @Param('area') name: string, @Query() query: Record<string, unknown>) {
    const year = parseYear(rawYear);
    const figures = FIGURE_CATALOG[name];
    if (!figures || !this.areas.some((a) => a.area === name))
      throw new InvalidInputError('REPORT.UNKNOWN_AREA', 'area', `area: must be one of ${this.areas.map((a) => a.area).join(', ')}, got "${name}"`);
    const request = parseDrillThroughRequest(name, figures, query);
    const district = request.district ?? this.config.districtCode;
    const page = await this.query.page({ district, year, area: name, parts: figures.parts, lists: figures.lists }, request);
    return { district, year, area: name, figure: request.figure, filters: request.filters, ...page };
  }
}
