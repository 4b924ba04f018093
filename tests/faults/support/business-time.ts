import { Prng } from '../../../scripts/load-2019/prng';

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/**
 * A business time of 2019 as a desk would enter it. About one in ten lies within an hour of a
 * year boundary in Asia/Shanghai (around 2018-12-31T16:00Z or 2019-12-31T16:00Z), so the report's
 * "year in the district time zone" rule and the reconciliation's `AT TIME ZONE` are both exercised.
 */
export function businessTime(prng: Prng, year = 2019): Date {
  const roll = prng.next();
  if (roll < 0.06) return new Date(Date.UTC(year, 11, 31, 15, 0, 0) + prng.int(0, 7_200) * 1000);
  if (roll < 0.1) return new Date(Date.UTC(year - 1, 11, 31, 15, 0, 0) + prng.int(0, 7_200) * 1000);
  return new Date(Date.UTC(year, 0, 1) - SHANGHAI_OFFSET_MS + prng.int(0, 360) * DAY_MS + prng.int(8 * 3600, 18 * 3600) * 1000);
}

/** `days` later, plus some hours of the working day. */
export function later(at: Date, prng: Prng, minDays: number, maxDays: number): Date {
  return new Date(at.getTime() + prng.int(minDays, maxDays) * DAY_MS + prng.int(0, 4 * 3600) * 1000);
}

/** ISO 8601 with an offset, half the time in UTC (`Z`) and half in Shanghai time (`+08:00`). */
export function iso(at: Date, prng: Prng): string {
  if (prng.next() < 0.5) return `${at.toISOString().slice(0, 19)}Z`;
  return `${new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** An instant that stands for a whole year (campaign figures count in the campaign's own year). */
export const yearMark = (year: number) => `${year}-07-01T00:00:00+08:00`;
