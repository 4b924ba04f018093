import { calendarDateIn, DEFAULT_TIME_ZONE } from './time';

describe('calendarDateIn (a figure belongs to the year of its business time in the district time zone)', () => {
  it('defaults to China Standard Time', () => {
    expect(DEFAULT_TIME_ZONE).toBe('Asia/Shanghai');
  });

  it('counts a conclusion at 2019-12-31T17:00Z in 2020 (01:00 on 1 January in Chongqing)', () => {
    expect(calendarDateIn('Asia/Shanghai', '2019-12-31T17:00:00Z')).toEqual({ year: 2020, month: 1, day: 1 });
  });

  it('counts a conclusion at 2019-12-31T15:59:59Z in 2019 (23:59:59 on 31 December in Chongqing)', () => {
    expect(calendarDateIn('Asia/Shanghai', '2019-12-31T15:59:59Z')).toEqual({ year: 2019, month: 12, day: 31 });
  });

  it('puts the first second of 2020 in Chongqing in 2020 whichever offset writes it', () => {
    expect(calendarDateIn('Asia/Shanghai', '2020-01-01T00:00:00+08:00').year).toBe(2020);
    expect(calendarDateIn('Asia/Shanghai', '2019-12-31T16:00:00Z').year).toBe(2020);
    expect(calendarDateIn('Asia/Shanghai', '2019-12-31T11:00:00-05:00').year).toBe(2020);
  });

  it('reads the wall date of the zone it is given, not of the offset the instant was written in', () => {
    // 01:00 on 1 January in Chongqing is still 31 December in New York and in UTC.
    expect(calendarDateIn('America/New_York', '2020-01-01T01:00:00+08:00')).toEqual({ year: 2019, month: 12, day: 31 });
    expect(calendarDateIn('UTC', '2020-01-01T01:00:00+08:00')).toEqual({ year: 2019, month: 12, day: 31 });
  });

  it('follows daylight saving time in a zone that has it', () => {
    // New York is UTC−4 in July and UTC−5 in January.
    expect(calendarDateIn('America/New_York', '2019-07-01T03:59:59Z')).toEqual({ year: 2019, month: 6, day: 30 });
    expect(calendarDateIn('America/New_York', '2019-07-01T04:00:00Z')).toEqual({ year: 2019, month: 7, day: 1 });
    expect(calendarDateIn('America/New_York', '2020-01-01T04:59:59Z')).toEqual({ year: 2019, month: 12, day: 31 });
    expect(calendarDateIn('America/New_York', '2020-01-01T05:00:00Z')).toEqual({ year: 2020, month: 1, day: 1 });
  });

  it('moves a month boundary too: 2019-05-31T16:30Z is June in Chongqing', () => {
    expect(calendarDateIn('Asia/Shanghai', '2019-05-31T16:30:00Z')).toEqual({ year: 2019, month: 6, day: 1 });
  });

  it('accepts a Date as well as a string, with the same answer', () => {
    expect(calendarDateIn('Asia/Shanghai', new Date('2019-12-31T17:00:00Z'))).toEqual(calendarDateIn('Asia/Shanghai', '2019-12-31T17:00:00Z'));
  });

  it('gives different answers for different zones asked one after the other (no cached zone leaks)', () => {
    const at = '2019-12-31T20:00:00Z';
    expect(calendarDateIn('Asia/Shanghai', at).year).toBe(2020);
    expect(calendarDateIn('Europe/London', at).year).toBe(2019);
    expect(calendarDateIn('Asia/Shanghai', at).year).toBe(2020);
  });
});

describe('calendarDateIn against Intl for every instant (the cached offsets change no answer)', () => {
  const reference = (timeZone: string, ms: number) => {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(ms);
    const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return { year: get('year'), month: get('month'), day: get('day') };
  };

  it.each([
    // Shanghai's local mean time (+08:05:43) until 1901, its daylight saving of 1986–1991; New York's
    // and London's changes; Kathmandu's +05:45 and its +05:30 → +05:45 change of 1986; Apia skipping
    // 30 December 2011; Lord Howe's half-hour daylight saving.
    ['Asia/Shanghai', '1900-12-31T12:00:00Z', 2], ['Asia/Shanghai', '1986-05-03T12:00:00Z', 2], ['Asia/Shanghai', '2019-12-31T00:00:00Z', 2],
    ['America/New_York', '2019-03-09T00:00:00Z', 3], ['America/New_York', '2019-11-02T00:00:00Z', 3], ['Europe/London', '2019-03-30T12:00:00Z', 2],
    ['Asia/Kathmandu', '1985-12-31T12:00:00Z', 2], ['Pacific/Apia', '2011-12-29T00:00:00Z', 3], ['Australia/Lord_Howe', '2019-04-06T00:00:00Z', 2],
  ])('gives what Intl gives in %s, minute by minute and at the last millisecond of each minute, from %s for %i days', (zone, from, days) => {
    const start = Date.parse(from);
    for (let ms = start; ms < start + days * 86_400_000; ms += 60_000) {
      expect([zone, new Date(ms).toISOString(), calendarDateIn(zone, new Date(ms))]).toEqual([zone, new Date(ms).toISOString(), reference(zone, ms)]);
      const second = ms + 59_999;
      expect(calendarDateIn(zone, new Date(second))).toEqual(reference(zone, second));
    }
  });

  it('gives what Intl gives for instants written with any offset and fraction, and before the cached range', () => {
    for (const at of ['2019-12-31T23:59:59.999+08:00', '2019-12-31T15:59:59.999Z', '2020-01-01T00:00:00.000+08:00', '0999-06-01T00:00:00Z', '0050-06-01T00:00:00Z'])
      expect(calendarDateIn('Asia/Shanghai', at)).toEqual(reference('Asia/Shanghai', Date.parse(at)));
  });

  it('refuses an instant that is not one, as Intl does', () => {
    expect(() => calendarDateIn('Asia/Shanghai', 'not a time')).toThrow(RangeError);
  });
});
