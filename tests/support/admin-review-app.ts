import { Clock, ServiceConfig } from '@casetrack/platform';
import { AppModule as AdminReviewModule } from '../../apps/administrative-review/src/app.module';
import { startApp, testServiceConfig } from './apps';

/** A clock a test sets by hand, so deadlines can be checked at a chosen "now". */
export class SettableClock implements Clock {
  private current: Date;

  constructor(iso: string) {
    this.current = new Date(iso);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(iso: string): void {
    this.current = new Date(iso);
  }
}

/** An administrative-review service in this process for `district`, on the given clock, against the test database and the real broker. */
export function startAdminReview(district: string, clock?: Clock, extra: Partial<ServiceConfig> = {}) {
  return startApp(AdminReviewModule.register(testServiceConfig(district, extra), clock), 'administrative-review');
}
