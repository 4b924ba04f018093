import { Clock, PlatformModule } from '@casetrack/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { CampaignsModule } from './campaigns/campaigns.module';
import { FILE_REVIEW_MIGRATIONS } from './migrations';

export const FILE_REVIEW_SERVICE = { serviceName: 'file-review', schema: 'file_review', defaultPort: 3004 } as const;

/** The file-review service: yearly campaigns that pool, draw, score and report administrative-penalty files. */
@Module({})
export class AppModule {
  /** `clock` replaces the system clock (tests pin "now", e.g. to check that future business times are refused). */
  static register(overrides: Parameters<typeof PlatformModule.forRoot>[0]['config'] = {}, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ ...FILE_REVIEW_SERVICE, migrations: FILE_REVIEW_MIGRATIONS, relay: true, config: overrides, clock, access: { roles: ['enforcement-supervisor'] } }),
        CampaignsModule,
      ],
    };
  }
}
