import { Clock } from '@casetrack/platform';

/** A clock a test sets by hand, so deadlines and "not in the future" can be checked at a chosen "now". */
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
