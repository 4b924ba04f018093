import { Clock, ServiceConfig } from '@casetrack/platform';
import { AppModule as AdminReviewModule } from '../../apps/administrative-review/src/app.module';
import { startApp, testServiceConfig } from './apps';

export { SettableClock } from './settable-clock';

/** An administrative-review service in this process for `district`, on the given clock, against the test database and the real broker. */
export function startAdminReview(district: string, clock?: Clock, extra: Partial<ServiceConfig> = {}) {
  return startApp(AdminReviewModule.register(testServiceConfig(district, extra), clock), 'administrative-review');
}
