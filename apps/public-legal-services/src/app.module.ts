import { Clock, PlatformModule } from '@casetrack/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { ComplaintsModule } from './complaints/complaints.module';
import { ExamSittingsModule } from './exam-sittings/exam-sittings.module';
import { PUBLIC_LEGAL_SERVICES_MIGRATIONS } from './migrations';
import { PlatformsModule } from './platforms/platforms.module';
import { ProvidersModule } from './providers/providers.module';
import { ServiceRecordsModule } from './service-records/service-records.module';

export const PUBLIC_LEGAL_SERVICES_SERVICE = { serviceName: 'public-legal-services', schema: 'public_legal_services', defaultPort: 3007 } as const;

/**
 * The public legal services service: the platforms (centre, stations, rooms) and their
 * standardisation, the services given at them, the legal-service providers registered in the
 * district and the complaints against them, the national legal profession exam site.
 */
@Module({})
export class AppModule {
  /** `clock` replaces the system clock (tests pin "now", e.g. to check that future business times are refused). */
  static register(overrides: Parameters<typeof PlatformModule.forRoot>[0]['config'] = {}, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          ...PUBLIC_LEGAL_SERVICES_SERVICE, migrations: PUBLIC_LEGAL_SERVICES_MIGRATIONS, relay: true, config: overrides, clock, access: { roles: ['public-legal-services-officer'] },
        }),
        PlatformsModule,
        ServiceRecordsModule,
        ProvidersModule,
        ComplaintsModule,
        ExamSittingsModule,
      ],
    };
  }
}
