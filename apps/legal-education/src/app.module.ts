import { Clock, PlatformModule } from '@casetrack/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { ContestsModule } from './contests/contests.module';
import { ExamsModule } from './exams/exams.module';
import { LEGAL_EDUCATION_MIGRATIONS } from './migrations';
import { PublicityModule } from './publicity/publicity.module';
import { WorksModule } from './works/works.module';

export const LEGAL_EDUCATION_SERVICE = { serviceName: 'legal-education', schema: 'legal_education', defaultPort: 3008 } as const;

/**
 * The legal education service: exam sessions (enforcement officers' training and exam, leading
 * cadres' rule-of-law exams), online contests, publicity works and their awards, and the publicity
 * log (units' activities, media adoptions, surveys, village assessments).
 */
@Module({})
export class AppModule {
  /** `clock` replaces the system clock (tests pin "now", e.g. to check that future business times are refused). */
  static register(overrides: Parameters<typeof PlatformModule.forRoot>[0]['config'] = {}, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          ...LEGAL_EDUCATION_SERVICE, migrations: LEGAL_EDUCATION_MIGRATIONS, relay: true, config: overrides, clock, access: { roles: ['legal-education-officer'] },
        }),
        ExamsModule,
        ContestsModule,
        WorksModule,
        PublicityModule,
      ],
    };
  }
}
