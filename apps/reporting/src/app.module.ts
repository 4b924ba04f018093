import { PlatformModule, ROLES, ServiceConfig } from '@casetrack/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { ADMIN_REVIEW_AREA_PROVIDERS, AdministrativeReviewArea, LitigationArea } from './administrative-review/administrative-review.area';
import { AnnualReportController } from './annual-report/annual-report.controller';
import { AnnualReportService } from './annual-report/annual-report.service';
import { DrillThroughController } from './drill-through/drill-through.controller';
import { DrillThroughQuery } from './drill-through/drill-through.query';
import { FilingsController } from './filings/filings.controller';
import { FilingsService } from './filings/filings.service';
import { RebuildController } from './rebuild/rebuild.controller';
import { REBUILD_PROJECTION, RebuildProjectionWrapper, RebuildService } from './rebuild/rebuild.service';
import { ConsumerHealth } from './health/consumer-health';
import { loadReportingConfig, REPORTING_CONFIG, ReportingConfig } from './config';
import { FILE_REVIEW_AREA_PROVIDERS, FileReviewArea } from './file-review/file-review.area';
import { LEGAL_AID_AREA_PROVIDERS, LegalAidArea } from './legal-aid/legal-aid.area';
import { MEDIATION_AREA_PROVIDERS, MediationArea } from './mediation/mediation.area';
import { REPORTING_MIGRATIONS } from './migrations';
import { AREA_PROJECTIONS } from './projections/area-projection';
import { REPORT_AREAS, ReportArea } from './projections/report-area';
import { ReportingConsumer } from './projections/reporting-consumer';

export const REPORTING_SERVICE = { serviceName: 'reporting', schema: 'reporting', defaultPort: 3005 } as const;

/** Every area of the report, in the order its sections appear. Add a new area here. */
const AREA_CLASSES = [MediationArea, LegalAidArea, AdministrativeReviewArea, LitigationArea, FileReviewArea];
const AREA_PROVIDERS = [...MEDIATION_AREA_PROVIDERS, ...LEGAL_AID_AREA_PROVIDERS, ...ADMIN_REVIEW_AREA_PROVIDERS, ...FILE_REVIEW_AREA_PROVIDERS];

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
      controllers: [AnnualReportController, DrillThroughController, FilingsController, RebuildController],
      providers: [
        { provide: REPORTING_CONFIG, useValue: reporting },
        ...AREA_PROVIDERS,
        { provide: REPORT_AREAS, inject: AREA_CLASSES, useFactory: (...areas: ReportArea[]) => areas },
        { provide: AREA_PROJECTIONS, inject: AREA_CLASSES, useFactory: (...areas: ReportArea[]) => [...new Set(areas.map((a) => a.projection))] },
        ReportingConsumer,
        AnnualReportService,
        DrillThroughQuery,
        FilingsService,
        RebuildService,
        ConsumerHealth,
        ...(overrides.rebuildProjection ? [{ provide: REBUILD_PROJECTION, useValue: overrides.rebuildProjection }] : []),
      ],
    };
  }
}
