/** The district time zone used when none is configured (China Standard Time). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock of `ms` in the zone, read through Intl (the slow, always-right way). */
function wallClock(timeZone: string, ms: number): { year: number; month: number; day: number; offsetMs: number } {
  const v: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(ms)) if (p.type !== 'literal') v[p.type] = Number(p.value);
  // Date.UTC reads years 0–99 as 1900–1999 and Intl writes years before 1 as their era's year: the
  // offset of such an instant is wrong, but none is cached (see offsetOfSlot), so only its date counts.
  const asUtc = Date.UTC(v.year, v.month - 1, v.day, v.hour, v.minute, v.second);
  return { year: v.year, month: v.month, day: v.day, offsetMs: asUtc - (ms - (((ms % 1000) + 1000) % 1000)) };
}

/** Cached UTC offsets per zone and 15-minute slot of UTC time; null for a slot in which the offset changes. */
const slotOffsets = new Map<string, Map<number, number | null>>();
const SLOT_MS = 15 * 60_000;
/** Slots kept per zone before the cache starts afresh: ~3 years of them, a few MB at most. */
const MAX_SLOTS = 100_000;
/** Instants before this are never cached (see wallClock). */
const FIRST_CACHED_MS = Date.UTC(1000, 0, 2);

/**
 * The zone's offset throughout the 15-minute slot holding `ms`, or null when it is not the same at
 * both ends of the slot (a transition falls inside it: two never fall within 15 minutes).
 */
function offsetOfSlot(timeZone: string, ms: number): number | null {
  if (ms < FIRST_CACHED_MS) return null;
  let slots = slotOffsets.get(timeZone);
  if (!slots) slotOffsets.set(timeZone, (slots = new Map()));
  const slot = Math.floor(ms / SLOT_MS);
  let offset = slots.get(slot);
  if (offset === undefined) {
    const start = wallClock(timeZone, slot * SLOT_MS);
    const end = wallClock(timeZone, slot * SLOT_MS + SLOT_MS - 1000);
    offset = start.offsetMs === end.offsetMs ? start.offsetMs : null;
    if (slots.size >= MAX_SLOTS) slots.clear();
    slots.set(slot, offset);
  }
  return offset;
}

/**
 * Calendar year, month (1–12) and day of an instant in the given time zone. Exact for every zone
 * (offsets of any minutes and seconds, daylight saving, historic changes): the zone's offset is
 * read through Intl once per 15-minute slot of UTC time and cached, and a slot in which it changes
 * is read through Intl for each instant.
 */
export function calendarDateIn(timeZone: string, instant: string | Date): { year: number; month: number; day: number } {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Invalid time value: ${String(instant)}`);
  const offset = offsetOfSlot(timeZone, ms);
  if (offset === null) {
    const { year, month, day } = wallClock(timeZone, ms);
    return { year, month, day };
  }
  const wall = new Date(ms + offset);
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}
