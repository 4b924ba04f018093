import { Clock, PlatformModule } from '@casetrack/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { LawsuitsModule } from './lawsuits/lawsuits.module';
import { ADMIN_REVIEW_MIGRATIONS } from './migrations';
import { ReviewsModule } from './reviews/reviews.module';

export const ADMIN_REVIEW_SERVICE = { serviceName: 'administrative-review', schema: 'admin_review', defaultPort: 3003 } as const;

/** The administrative review service: review applications and their deadlines, lawsuits against district agencies. */
@Module({})
export class AppModule {
  /** `clock` replaces the system clock (tests pin "now" to check deadlines). */
  static register(overrides: Parameters<typeof PlatformModule.forRoot>[0]['config'] = {}, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          ...ADMIN_REVIEW_SERVICE, migrations: ADMIN_REVIEW_MIGRATIONS, relay: true, config: overrides, clock, access: { roles: ['review-officer'] },
          personalData: true,
        }),
        ReviewsModule,
        LawsuitsModule,
      ],
    };
  }
}
