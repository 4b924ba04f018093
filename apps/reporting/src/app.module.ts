import { PlatformModule, ROLES, ServiceConfig } from '@casetrack/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { REPORT_AREA_DEFINITIONS } from './areas/report-areas';
import { AnnualReportController } from './annual-report/annual-report.controller';
import { AnnualReportService } from './annual-report/annual-report.service';
import { DrillThroughController } from './drill-through/drill-through.controller';
import { DrillThroughQuery } from './drill-through/drill-through.query';
import { FilingsController } from './filings/filings.controller';
import { FilingsService } from './filings/filings.service';
import { RebuildController } from './rebuild/rebuild.controller';
import { REBUILD_PROJECTION, RebuildProjectionWrapper, RebuildService } from './rebuild/rebuild.service';
import { ConsumerHealth } from './health/consumer-health';
import { DeadLetterDesk } from './dead-letters/dead-letter-desk.service';
import { DeadLettersController } from './dead-letters/dead-letters.controller';
import { loadReportingConfig, REPORTING_CONFIG, ReportingConfig } from './config';
import { REPORTING_MIGRATIONS } from './migrations';
import { AREA_PROJECTIONS, AreaProjection } from './projections/area-projection';
import { bindArea, REPORT_AREAS, ReportArea } from './projections/report-area';
import { ReportingConsumer } from './projections/reporting-consumer';
import { ConsumerMetrics } from './metrics/consumer-metrics';
import { ReportingGauges } from './metrics/reporting-gauges';

export const REPORTING_SERVICE = { serviceName: 'reporting', schema: 'reporting', defaultPort: 3005 } as const;

/** The projections and queries of every area, each class once (litigation shares the admin-review projection). */
const AREA_PROVIDERS = [...new Set(REPORT_AREA_DEFINITIONS.flatMap((a) => [a.projection, a.query]))];

/** Every area bound to its provider instances, in the order its sections appear (areas/report-areas.ts). */
function reportAreas(...instances: unknown[]): ReportArea[] {
  const of = new Map<unknown, unknown>(AREA_PROVIDERS.map((provider, i) => [provider, instances[i]]));
  return REPORT_AREA_DEFINITIONS.map((a) => bindArea(a, of.get(a.projection) as AreaProjection, of.get(a.query)));
}

/** The reporting service: projections of the case topics into annual figures, and their API. */
@Module({})
export class AppModule {
  /** `rebuildProjection` is a test seam: it wraps the projection a rebuild applies, never the live one. */
  static register(
    overrides: { service?: Partial<ServiceConfig>; reporting?: Partial<ReportingConfig>; rebuildProjection?: RebuildProjectionWrapper } = {},
  ): DynamicModule {
    const reporting: ReportingConfig = { ...loadReportingConfig(), ...overrides.reporting };
    // The projections' SQL names tables unqualified: the search_path points it at the configured schema.
    const schema = { schema: reporting.schema, searchPath: reporting.schema };
    return {
      module: AppModule,
      // Every role may read the figures: they are published, so no secret inside the bureau.
      imports: [PlatformModule.forRoot({ ...REPORTING_SERVICE, ...schema, migrations: REPORTING_MIGRATIONS, relay: false, config: overrides.service, access: { roles: ROLES } })],
      controllers: [AnnualReportController, DrillThroughController, FilingsController, RebuildController, DeadLettersController],
      providers: [
        { provide: REPORTING_CONFIG, useValue: reporting },
        ...AREA_PROVIDERS,
        { provide: REPORT_AREAS, inject: AREA_PROVIDERS, useFactory: reportAreas },
        { provide: AREA_PROJECTIONS, inject: [REPORT_AREAS], useFactory: (areas: ReportArea[]) => [...new Set(areas.map((a) => a.projection))] },
        ReportingConsumer,
        AnnualReportService,
        DrillThroughQuery,
        FilingsService,
        RebuildService,
        ConsumerHealth,
        ConsumerMetrics,
        ReportingGauges,
        DeadLetterDesk,
        ...(overrides.rebuildProjection ? [{ provide: REBUILD_PROJECTION, useValue: overrides.rebuildProjection }] : []),
      ],
    };
  }
}
