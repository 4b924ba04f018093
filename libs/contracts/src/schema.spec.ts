import { MAX_FEN } from './money';
import { arrayOf, enumOf, fen, int, isIsoTimestampWithOffset, isoTime, isUuid, nullable, object, optional, recordOf, Schema, str } from './schema';

/** The problems a schema finds in a value (empty when it is valid). */
function problems(schema: Schema<unknown>, value: unknown): string[] {
  const errors: string[] = [];
  schema.validate(value, 'x', errors);
  return errors;
}

describe('ISO 8601 timestamps with an offset', () => {
  it.each([
    ['Z', '2019-06-03T02:15:00Z'],
    ['+08:00', '2019-06-03T10:15:00+08:00'],
    ['a negative offset', '2019-06-02T21:15:00-05:00'],
    ['milliseconds', '2019-06-03T10:15:00.123+08:00'],
    ['nanoseconds', '2019-06-03T10:15:00.123456789Z'],
    ['no seconds', '2019-06-03T10:15+08:00'],
    ['29 February of a leap year', '2020-02-29T00:00:00+08:00'],
    ['the last second of a day', '2019-12-31T23:59:59+08:00'],
  ])('accepts %s (%s)', (_, value) => {
    expect(isIsoTimestampWithOffset(value)).toBe(true);
    expect(problems(isoTime(), value)).toEqual([]);
  });

  it.each([
    ['no offset', '2019-06-03T10:15:00'],
    ['a date only', '2019-06-03'],
    ['30 February', '2019-02-30T10:00:00+08:00'],
    ['29 February of a common year', '2019-02-29T10:00:00+08:00'],
    ['31 April', '2019-04-31T10:00:00+08:00'],
    ['month 13', '2019-13-01T10:00:00+08:00'],
    ['month 0', '2019-00-10T10:00:00+08:00'],
    ['day 0', '2019-06-00T10:00:00+08:00'],
    ['hour 25', '2019-06-03T25:00:00+08:00'],
    ['hour 24', '2019-06-03T24:00:00+08:00'],
    ['minute 60', '2019-06-03T10:60:00+08:00'],
    ['second 60', '2019-06-03T10:15:60+08:00'],
    ['an offset without a colon', '2019-06-03T10:15:00+0800'],
    ['an offset of one hour digit', '2019-06-03T10:15:00+8:00'],
    ['an impossible offset', '2019-06-03T10:15:00+25:00'],
    ['a space instead of T', '2019-06-03 10:15:00+08:00'],
    ['a lower-case z', '2019-06-03T10:15:00z'],
    ['milliseconds since the epoch', 1559528100000],
    ['a Date object', new Date('2019-06-03T10:15:00+08:00')],
    ['null', null],
    ['trailing text', '2019-06-03T10:15:00+08:00 '],
  ])('rejects %s', (_, value) => {
    expect(isIsoTimestampWithOffset(value)).toBe(false);
    expect(problems(isoTime(), value)).toEqual(['x must be an ISO 8601 timestamp with an offset']);
  });
});

describe('fen (money)', () => {
  it.each([0, 1, 225_750_000, MAX_FEN])('accepts %p fen', (value) => {
    expect(problems(fen(), value)).toEqual([]);
  });

  it('refuses one fen above MAX_FEN (10^12), naming the bound, and takes another bound when given one', () => {
    expect(MAX_FEN).toBe(1_000_000_000_000);
    expect(problems(fen(), MAX_FEN + 1)).toEqual(['x must be ≤ 1000000000000']);
    expect(problems(fen(), Number.MAX_SAFE_INTEGER)).toEqual(['x must be ≤ 1000000000000']);
    expect(problems(fen({ max: 100 }), 101)).toEqual(['x must be ≤ 100']);
  });

  it.each([
    ['a negative amount', -1],
    ['a fraction of a fen', 100.5],
    ['a float that looks like yuan', 0.01],
    ['an unsafe integer (2^53)', 2 ** 53],
    ['a huge number', 1e21],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['a numeric string', '100'],
    ['a bigint', 100n],
    ['null', null],
  ])('rejects %s', (_, value) => {
    expect(problems(fen(), value)).toHaveLength(1);
    expect(problems(fen(), value)[0]).toMatch(/^x must be/);
  });
});

describe('int', () => {
  it('names the bound a value breaks', () => {
    expect(problems(int({ min: 2 }), 1)).toEqual(['x must be ≥ 2']);
    expect(problems(int({ max: 10 }), 11)).toEqual(['x must be ≤ 10']);
    expect(problems(int({ min: 2 }), 2.5)).toEqual(['x must be an integer, got number']);
  });
});

describe('strict objects', () => {
  const shape = object({ code: str({ max: 5 }), count: int({ min: 0 }), note: optional(str()), field: nullable(enumOf(['a', 'b'] as const)) });

  it('accepts a complete object, with or without its optional fields', () => {
    expect(problems(shape, { code: 'A1', count: 3, field: null })).toEqual([]);
    expect(problems(shape, { code: 'A1', count: 3, note: 'n', field: 'a' })).toEqual([]);
  });

  it('refuses an unknown field, naming it by path', () => {
    expect(problems(shape, { code: 'A1', count: 3, field: null, summary: '调解经过' })).toEqual(['x.summary is not a known field']);
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__'])('refuses an unknown field named %s, like any other', (key) => {
    const value = JSON.parse(`{"code":"A1","count":3,"field":null,"${key}":1}`);
    expect(problems(shape, value)).toEqual([`x.${key} is not a known field`]);
  });

  it('names each missing required field, and a nullable field must be present even if null', () => {
    expect(problems(shape, {})).toEqual(['x.code is required', 'x.count is required', 'x.field is required']);
  });

  it('reports every problem at once, each with its path', () => {
    expect(problems(shape, { code: 'TOO-LONG', count: -1, field: 'c', extra: true })).toEqual([
      'x.code must be 1–5 characters long',
      'x.count must be ≥ 0',
      'x.field must be one of a, b',
      'x.extra is not a known field',
    ]);
  });

  it.each([null, [], 'text', 42])('refuses %p where an object is expected', (value) => {
    expect(problems(shape, value)).toEqual([expect.stringMatching(/^x must be an object, got /)]);
  });

  it('names the path of a bad item in a nested array', () => {
    const nested = object({ items: arrayOf(object({ n: int() }), { min: 1 }) });
    expect(problems(nested, { items: [{ n: 1 }, { n: 'two' }] })).toEqual(['x.items[1].n must be an integer, got string']);
    expect(problems(nested, { items: [] })).toEqual(['x.items must have at least 1 item(s)']);
  });

  it('validates every value of a record', () => {
    expect(problems(recordOf(int({ min: 0 })), { a: 1, b: -1 })).toEqual(['x.b must be ≥ 0']);
  });
});

describe('uuid', () => {
  it('accepts a canonical UUID in either case and refuses anything else', () => {
    expect(isUuid('7a1f3c2e-5b4d-4e6f-8a9b-0c1d2e3f4a5b')).toBe(true);
    expect(isUuid('7A1F3C2E-5B4D-4E6F-8A9B-0C1D2E3F4A5B')).toBe(true);
    expect(isUuid('7a1f3c2e5b4d4e6f8a9b0c1d2e3f4a5b')).toBe(false);
    expect(isUuid('not-a-uuid')).toBe(false);
    expect(isUuid(42)).toBe(false);
  });
});
