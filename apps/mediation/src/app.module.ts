import { Clock, PlatformModule } from '@casetrack/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { CommitteesModule } from './committees/committees.module';
import { DisputesModule } from './disputes/disputes.module';
import { MEDIATION_MIGRATIONS } from './migrations';

export const MEDIATION_SERVICE = { serviceName: 'mediation', schema: 'mediation', defaultPort: 3001 } as const;

/** The mediation service: committees, disputes and their outcomes. */
@Module({})
export class AppModule {
  /** `clock` replaces the system clock (tests pin "now", e.g. to check that future business times are refused). */
  static register(overrides: Parameters<typeof PlatformModule.forRoot>[0]['config'] = {}, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ ...MEDIATION_SERVICE, migrations: MEDIATION_MIGRATIONS, relay: true, config: overrides, clock, access: { roles: ['mediation-clerk'] } }),
        CommitteesModule,
        DisputesModule,
      ],
    };
  }
}
