const formatters = new Map<string, Intl.DateTimeFormat>();

/** An instant's local wall-clock minute and UTC offset in a zone, by that zone and the UTC minute. */
const minutes = new Map<string, Map<number, { minute: string; offset: string }>>();
const MINUTES_KEPT_PER_ZONE = 4096;
// Since 1970 every change of a zone's offset falls on a whole minute, and every offset is whole
// minutes: within one UTC minute the local minute and offset are then one, and the seconds are
// the UTC seconds. Before that (local mean times such as +08:05:43) every instant is formatted.
const CACHED_FROM_MS = 0;

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'longOffset',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The full formatting through Intl: `YYYY-MM-DDTHH:mm` of the wall clock, its seconds and the offset. */
function formatParts(instant: Date, timeZone: string): { minute: string; second: string; offset: string } {
  const p = Object.fromEntries(formatterOf(timeZone).formatToParts(instant).map((x) => [x.type, x.value]));
  const offset = p.timeZoneName === 'GMT' ? '+00:00' : p.timeZoneName.replace('GMT', '');
  return { minute: `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`, second: p.second, offset };
}

/**
 * Formats an instant as ISO 8601 in a time zone, with that zone's offset
 * (2019-06-03T02:15:00Z in Asia/Shanghai → 2019-06-03T10:15:00+08:00), for people to read.
 * Intl's formatToParts costs tens of µs, and a command formats the same few minutes again and
 * again: the local minute and offset are remembered per UTC minute (from 1970, see above).
 */
export function formatInZone(instant: Date, timeZone: string): string {
  const t = instant.getTime();
  const ms = instant.getUTCMilliseconds();
  const fraction = ms ? `.${String(ms).padStart(3, '0')}` : '';
  if (!(t >= CACHED_FROM_MS)) {
    const p = formatParts(instant, timeZone);
    return `${p.minute}:${p.second}${fraction}${p.offset}`;
  }
  const utcMinute = Math.floor(t / 60_000);
  let zone = minutes.get(timeZone);
  if (!zone) minutes.set(timeZone, (zone = new Map()));
  let known = zone.get(utcMinute);
  if (!known) {
    const p = formatParts(instant, timeZone);
    // An offset with seconds (none is known since 1970) would make the seconds local: not remembered.
    if (p.offset.length > 6) return `${p.minute}:${p.second}${fraction}${p.offset}`;
    known = { minute: p.minute, offset: p.offset };
    if (zone.size >= MINUTES_KEPT_PER_ZONE) zone.delete(zone.keys().next().value!);
    zone.set(utcMinute, known);
  }
  return `${known.minute}:${String(instant.getUTCSeconds()).padStart(2, '0')}${fraction}${known.offset}`;
}
