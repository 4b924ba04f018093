import { PlatformModule, ServiceConfig } from '@casetrack/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { AnnualReportController } from './annual-report/annual-report.controller';
import { loadReportingConfig, REPORTING_CONFIG, ReportingConfig } from './config';
import { MediationReportQuery } from './mediation/mediation-report.query';
import { MediationRollupProjection } from './mediation/mediation-rollup.projection';
import { REPORTING_MIGRATIONS } from './migrations';
import { AREA_PROJECTIONS } from './projections/area-projection';
import { ReportingConsumer } from './projections/reporting-consumer';

export const REPORTING_SERVICE = { serviceName: 'reporting', schema: 'reporting', defaultPort: 3005 } as const;

/** The reporting service: projections of the case topics into annual figures, and their API. */
@Module({})
export class AppModule {
  static register(overrides: { service?: Partial<ServiceConfig>; reporting?: Partial<ReportingConfig> } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot({ ...REPORTING_SERVICE, migrations: REPORTING_MIGRATIONS, relay: false, config: overrides.service })],
      controllers: [AnnualReportController],
      providers: [
        { provide: REPORTING_CONFIG, useFactory: () => ({ ...loadReportingConfig(), ...overrides.reporting }) },
        MediationRollupProjection,
        MediationReportQuery,
        { provide: AREA_PROJECTIONS, inject: [MediationRollupProjection], useFactory: (...areas: unknown[]) => areas },
        ReportingConsumer,
      ],
    };
  }
}
