const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats an instant as ISO 8601 in a time zone, with that zone's offset
 * (2019-06-03T02:15:00Z in Asia/Shanghai → 2019-06-03T10:15:00+08:00), for people to read.
 */
export function formatInZone(instant: Date, timeZone: string): string {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'longOffset',
    });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  const offset = p.timeZoneName === 'GMT' ? '+00:00' : p.timeZoneName.replace('GMT', '');
  const ms = instant.getUTCMilliseconds();
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${ms ? `.${String(ms).padStart(3, '0')}` : ''}${offset}`;
}
