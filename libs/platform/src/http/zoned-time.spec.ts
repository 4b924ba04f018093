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
});
