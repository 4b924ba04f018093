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
