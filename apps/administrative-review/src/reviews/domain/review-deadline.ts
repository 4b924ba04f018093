import { calendarDateIn } from '@casetrack/contracts';

/** Calendar days the office has to decide an accepted review (行政复议法: 60 days). */
export const DECISION_PERIOD_DAYS = 60;
/** The one extension allowed, at most this many days. */
export const MAX_EXTENSION_DAYS = 30;
/** An open review is "due soon" from this many days before its deadline. */
export const DUE_SOON_DAYS = 10;

const DAY_MS = 24 * 60 * 60 * 1000;
const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading of `instant` in `timeZone`, expressed as if it were UTC (ms since epoch). */
function wallClockMs(instant: Date, timeZone: string): number {
  let f = wallClocks.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    wallClocks.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, instant.getUTCMilliseconds());
}

/** The instant whose wall clock in `timeZone` reads `wallMs` (given as if UTC); exact outside DST gaps. */
function instantOfWallClock(wallMs: number, timeZone: string): Date {
  // The zone's offset at a first guess, then again at the corrected instant, which settles DST edges.
  let instant = wallMs - (wallClockMs(new Date(wallMs), timeZone) - wallMs);
  instant = wallMs - (wallClockMs(new Date(instant), timeZone) - instant);
  return new Date(instant);
}

/**
 * The last millisecond (23:59:59.999, local) of the calendar day that is `days` days after the
 * local calendar date of `instant` in `timeZone`. Deadlines run in whole local days, so a review
 * accepted late in the evening has the same deadline as one accepted that morning.
 */
export function endOfLocalDayAfter(instant: Date, days: number, timeZone: string): Date {
  const { year, month, day } = calendarDateIn(timeZone, instant);
  return instantOfWallClock(Date.UTC(year, month - 1, day + days, 23, 59, 59, 999), timeZone);
}

/** The decision deadline of a review accepted at `acceptedAt`: end of the 60th day after the acceptance date. */
export function decisionDueAt(acceptedAt: Date, timeZone: string): Date {
  return endOfLocalDayAfter(acceptedAt, DECISION_PERIOD_DAYS, timeZone);
}

/** The deadline after an extension of `days` days: the end of the day that many days after the old deadline's day. */
export function extendedDueAt(dueAt: Date, days: number, timeZone: string): Date {
  return endOfLocalDayAfter(dueAt, days, timeZone);
}

/** True when an open review's deadline is still ahead of `now` but no more than DUE_SOON_DAYS away. */
export function isDueSoon(dueAt: Date, now: Date): boolean {
  const left = dueAt.getTime() - now.getTime();
  return left >= 0 && left <= DUE_SOON_DAYS * DAY_MS;
}
