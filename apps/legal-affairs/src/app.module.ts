import { Clock, PlatformModule } from '@casetrack/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { AdvisersModule } from './advisers/advisers.module';
import { AgendaModule } from './agenda/agenda.module';
import { CleanupModule } from './cleanup/cleanup.module';
import { CommitteeMeetingsModule } from './committee-meetings/committee-meetings.module';
import { ContractsModule } from './contracts/contracts.module';
import { CoordinationGroupsModule } from './coordination-groups/coordination-groups.module';
import { DocumentsModule } from './documents/documents.module';
import { LEGAL_AFFAIRS_MIGRATIONS } from './migrations';
import { UnitsModule } from './units/units.module';

export const LEGAL_AFFAIRS_SERVICE = { serviceName: 'legal-affairs', schema: 'legal_affairs', defaultPort: 3006 } as const;

/**
 * The legal affairs service: legality review of documents and contracts, clean-up campaigns, legal
 * advisers and their coverage of the district units, the rule-of-law agenda and committee.
 */
@Module({})
export class AppModule {
  /** `clock` replaces the system clock (tests pin "now", e.g. to check that future business times are refused). */
  static register(overrides: Parameters<typeof PlatformModule.forRoot>[0]['config'] = {}, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          ...LEGAL_AFFAIRS_SERVICE, migrations: LEGAL_AFFAIRS_MIGRATIONS, relay: true, config: overrides, clock, access: { roles: ['legal-affairs-officer'] },
        }),
        DocumentsModule,
        ContractsModule,
        AdvisersModule,
        AgendaModule,
        CleanupModule,
        UnitsModule,
        CoordinationGroupsModule,
        CommitteeMeetingsModule,
      ],
    };
  }
}
