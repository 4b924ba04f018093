import { Clock, PlatformModule } from '@casetrack/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { CasesModule } from './cases/cases.module';
import { LEGAL_AID_MIGRATIONS } from './migrations';

export const LEGAL_AID_SERVICE = { serviceName: 'legal-aid', schema: 'legal_aid', defaultPort: 3002 } as const;

/** The legal aid service: applications, their acceptance or refusal, assignment to a law firm, closure. */
@Module({})
export class AppModule {
  /** `clock` replaces the system clock (tests pin "now", e.g. to check that future business times are refused). */
  static register(overrides: Parameters<typeof PlatformModule.forRoot>[0]['config'] = {}, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          ...LEGAL_AID_SERVICE, migrations: LEGAL_AID_MIGRATIONS, relay: true, config: overrides, clock, access: { roles: ['legal-aid-officer'] }, personalData: true,
        }),
        CasesModule,
      ],
    };
  }
}
