import type { Review } from './schemas';

/** The district's time zone: a review's deadline runs in its calendar days (DESIGN.md, counting rules). */
export const DISTRICT_TIME_ZONE = 'Asia/Shanghai';

const DAY_MS = 24 * 60 * 60 * 1000;
const formats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (`YYYY-MM-DD`) of `instant` in `timeZone`, whatever zone the browser is in. */
export function dateIn(instant: Date, timeZone = DISTRICT_TIME_ZONE): string {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}

const dayNumber = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
};

/** `date` (`YYYY-MM-DD`) plus `days` calendar days (negative goes back). */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Calendar days in `timeZone` from the day of `now` to the day `dueAt` falls on: 0 on the due date
 * itself (the service's deadline is the end of that day), negative once it has passed.
 */
export function daysLeft(dueAt: string, now: Date, timeZone = DISTRICT_TIME_ZONE): number {
  return dayNumber(dateIn(new Date(dueAt), timeZone)) - dayNumber(dateIn(now, timeZone));
}

/** How a deadline reads: not running, running, due within days, past, or decided on time or late. */
export type DeadlineTone = 'none' | 'running' | 'soon' | 'overdue' | 'decided' | 'late';

export interface Deadline {
  /** The due date in the zone (`YYYY-MM-DD`), or null before acceptance and after a rejection. */
  dueDate: string | null;
  /** Calendar days left while the review is open (negative: days overdue); null otherwise. */
  daysLeft: number | null;
  tone: DeadlineTone;
  /** The words of the list and the review's page: 剩余 58 天, 今日到期, 已逾期 3 天, 逾期审结. */
  text: string;
}

/**
 * What a review's deadline says at `now`: the due date and the days left counted in the district's
 * calendar. Overdue when the service said so at its answer or the deadline has passed since; due
 * soon as the service says (within its 10 days), and on the due date itself.
 */
export function deadlineOf(r: Pick<Review, 'status' | 'dueAt' | 'overdue' | 'dueSoon' | 'late'>, now: Date, timeZone = DISTRICT_TIME_ZONE): Deadline {
  const dueDate = r.dueAt === null ? null : dateIn(new Date(r.dueAt), timeZone);
  if (r.status === 'concluded') return { dueDate, daysLeft: null, tone: r.late ? 'late' : 'decided', text: r.late ? '逾期审结' : '按期审结' };
  if (r.dueAt === null || (r.status !== 'accepted' && r.status !== 'extended')) return { dueDate, daysLeft: null, tone: 'none', text: r.status === 'received' ? '未受理' : '—' };
  const left = daysLeft(r.dueAt, now, timeZone);
  if (r.overdue || now.getTime() > new Date(r.dueAt).getTime() || left < 0) return { dueDate, daysLeft: left, tone: 'overdue', text: left < 0 ? `已逾期 ${-left} 天` : '已逾期' };
  if (left === 0) return { dueDate, daysLeft: 0, tone: 'soon', text: '今日到期' };
  return { dueDate, daysLeft: left, tone: r.dueSoon ? 'soon' : 'running', text: `剩余 ${left} 天` };
}
