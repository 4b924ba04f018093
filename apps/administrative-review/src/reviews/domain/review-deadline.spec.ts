import { formatInZone } from '@casetrack/platform';
import { decisionDueAt, endOfLocalDayAfter, extendedDueAt, isDueSoon } from './review-deadline';

const SH = 'Asia/Shanghai';
const shanghai = (d: Date) => formatInZone(d, SH);

describe('review deadlines', () => {
  it('makes a review accepted on 2019-11-05 due at the end of 2020-01-04, Shanghai time, across the year end', () => {
    expect(shanghai(decisionDueAt(new Date('2019-11-05T10:00:00+08:00'), SH))).toBe('2020-01-04T23:59:59.999+08:00');
  });

  it('counts from the acceptance date in Shanghai, not in UTC: 2019-11-04T16:30Z is already 5 November there', () => {
    expect(shanghai(decisionDueAt(new Date('2019-11-04T16:30:00Z'), SH))).toBe('2020-01-04T23:59:59.999+08:00');
    expect(shanghai(decisionDueAt(new Date('2019-11-04T15:59:59Z'), SH))).toBe('2020-01-03T23:59:59.999+08:00');
  });

  it('runs across February of a leap year and of a common year', () => {
    expect(shanghai(decisionDueAt(new Date('2020-01-15T09:00:00+08:00'), SH))).toBe('2020-03-15T23:59:59.999+08:00');
    expect(shanghai(decisionDueAt(new Date('2019-01-15T09:00:00+08:00'), SH))).toBe('2019-03-16T23:59:59.999+08:00');
  });

  it('moves the 2020-01-04 deadline by a 30-day extension to the end of 2020-02-03', () => {
    const due = decisionDueAt(new Date('2019-11-05T10:00:00+08:00'), SH);
    expect(shanghai(extendedDueAt(due, 30, SH))).toBe('2020-02-03T23:59:59.999+08:00');
  });

  it('moves a deadline at the end of a 31-day month by one day into the next month', () => {
    expect(shanghai(extendedDueAt(new Date('2019-10-31T23:59:59.999+08:00'), 1, SH))).toBe('2019-11-01T23:59:59.999+08:00');
  });

  it('ends the local day in a zone with daylight saving time, on both sides of the change', () => {
    const ny = 'America/New_York';
    // 2019-03-10 is the spring-forward day in New York: the day before ends at -05:00, the day after at -04:00.
    expect(formatInZone(endOfLocalDayAfter(new Date('2019-03-09T12:00:00-05:00'), 0, ny), ny)).toBe('2019-03-09T23:59:59.999-05:00');
    expect(formatInZone(endOfLocalDayAfter(new Date('2019-03-09T12:00:00-05:00'), 2, ny), ny)).toBe('2019-03-11T23:59:59.999-04:00');
  });

  it('calls a deadline due soon from ten days before it until it passes, and not after', () => {
    const due = new Date('2020-01-04T23:59:59.999+08:00');
    expect(isDueSoon(due, new Date('2019-12-25T23:59:59.999+08:00'))).toBe(true);
    expect(isDueSoon(due, new Date('2019-12-25T23:59:59.998+08:00'))).toBe(false);
    expect(isDueSoon(due, new Date('2020-01-04T23:59:59.999+08:00'))).toBe(true);
    expect(isDueSoon(due, new Date('2020-01-05T00:00:00+08:00'))).toBe(false);
  });
});
