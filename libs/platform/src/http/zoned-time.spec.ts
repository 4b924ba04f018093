import { formatInZone } from './zoned-time';

describe('formatInZone', () => {
  it('writes an instant in the district zone with its offset', () => {
    expect(formatInZone(new Date('2019-06-03T02:15:00Z'), 'Asia/Shanghai')).toBe('2019-06-03T10:15:00+08:00');
  });

  it('writes 2019-12-31T17:00Z as 1 January 2020 in Chongqing, the year the report counts it in', () => {
    expect(formatInZone(new Date('2019-12-31T17:00:00Z'), 'Asia/Shanghai')).toBe('2020-01-01T01:00:00+08:00');
  });

  it('writes midnight as 00, not 24', () => {
    expect(formatInZone(new Date('2019-12-31T16:00:00Z'), 'Asia/Shanghai')).toBe('2020-01-01T00:00:00+08:00');
  });

  it('keeps milliseconds when there are some', () => {
    expect(formatInZone(new Date('2019-06-03T02:15:00.042Z'), 'Asia/Shanghai')).toBe('2019-06-03T10:15:00.042+08:00');
  });

  it('writes UTC as +00:00 and follows daylight saving time', () => {
    expect(formatInZone(new Date('2019-06-03T02:15:00Z'), 'UTC')).toBe('2019-06-03T02:15:00+00:00');
    expect(formatInZone(new Date('2019-07-01T12:00:00Z'), 'America/New_York')).toBe('2019-07-01T08:00:00-04:00');
    expect(formatInZone(new Date('2019-01-01T12:00:00Z'), 'America/New_York')).toBe('2019-01-01T07:00:00-05:00');
  });

  it('names the same instant it was given', () => {
    for (const iso of ['2019-03-10T06:59:59.999Z', '2019-11-03T05:30:00Z', '2020-02-29T23:59:59Z'])
      for (const zone of ['Asia/Shanghai', 'America/New_York', 'Asia/Kolkata'])
        expect(new Date(formatInZone(new Date(iso), zone)).toISOString()).toBe(new Date(iso).toISOString());
  });

  describe('remembering each UTC minute', () => {
    /** Intl's own answer, formatted afresh every time. */
    const reference = (instant: Date, timeZone: string) => {
      const f = new Intl.DateTimeFormat('en-CA', {
        timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'longOffset',
      });
      const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
      const ms = instant.getUTCMilliseconds();
      const offset = p.timeZoneName === 'GMT' ? '+00:00' : p.timeZoneName.replace('GMT', '');
      return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${ms ? `.${String(ms).padStart(3, '0')}` : ''}${offset}`;
    };
    const ZONES = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'UTC'];

    it('answers as Intl does second by second across daylight-saving changes, twice over (the second time from memory)', () => {
      // Each zone's 2019 changes (Lord Howe moves by 30 minutes, Chatham sits at +12:45/+13:45).
      const around = ['2019-03-10T07:00:00Z', '2019-11-03T06:00:00Z', '2019-03-31T01:00:00Z', '2019-10-27T01:00:00Z', '2019-04-06T15:00:00Z', '2019-10-05T15:30:00Z', '2019-04-06T14:00:00Z', '2019-09-28T14:00:00Z'];
      for (let pass = 0; pass < 2; pass++)
        for (const zone of ZONES)
          for (const iso of around)
            for (let s = -90; s <= 90; s += 7) {
              const instant = new Date(new Date(iso).getTime() + s * 1000 + (s % 3) * 137);
              expect(formatInZone(instant, zone)).toBe(reference(instant, zone));
            }
    });

    it('answers as Intl does at instants spread from 1900 to 2100, local mean times before 1970 included', () => {
      let x = 12345;
      for (let i = 0; i < 3000; i++) {
        x = (x * 1103515245 + 12345) % 2 ** 31;
        const instant = new Date(Date.UTC(1900, 0, 1) + (x / 2 ** 31) * (Date.UTC(2100, 0, 1) - Date.UTC(1900, 0, 1)));
        const zone = ZONES[i % ZONES.length];
        expect(formatInZone(instant, zone)).toBe(reference(instant, zone));
        expect(formatInZone(instant, zone)).toBe(reference(instant, zone));
      }
      expect(formatInZone(new Date('1900-06-01T00:00:00Z'), 'Asia/Shanghai')).toBe('1900-06-01T08:05:43+08:05:43');
    });
  });
});
