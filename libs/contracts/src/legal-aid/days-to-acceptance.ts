import { calendarDateIn } from '../time';

const DAY_MS = 86_400_000;

/**
 * Days from application to acceptance as the desk counts them: calendar days in the district time
 * zone, so a case accepted on the day it was applied for (green channel, 绿色通道) counts 0, one
 * accepted the next morning counts 1. Both the service and the report use this one rule.
 */
export function daysToAcceptance(timeZone: string, appliedAt: string | Date, acceptedAt: string | Date): number {
  const a = calendarDateIn(timeZone, appliedAt);
  const b = calendarDateIn(timeZone, acceptedAt);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}
