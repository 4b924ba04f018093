import { BadRequestException } from '@nestjs/common';
import { IsInt, IsOptional, IsString, Min } from 'class-validator';
import { strictValidationPipe } from './validation';
import { FenField, IsTimestamp } from './validators';

class Body {
  @IsString()
  name: string;

  @IsInt()
  @Min(2)
  count: number;

  @IsTimestamp()
  at: string;

  @FenField('Amount', true)
  amountFen?: number;

  @IsOptional()
  tags?: unknown;
}

const valid = { name: '调委会', count: 2, at: '2019-06-03T10:15:00+08:00' };

async function refusal(value: unknown, type: 'body' | 'query' = 'body') {
  try {
    await strictValidationPipe().transform(value, { type, metatype: Body });
  } catch (err) {
    expect(err).toBeInstanceOf(BadRequestException);
    return (err as BadRequestException).getResponse() as { code: string; message: string; fields: { field: string; problems: string[] }[] };
  }
  throw new Error('expected the pipe to refuse the value');
}

describe('strictValidationPipe', () => {
  it('turns a valid body into an instance of its class', async () => {
    const out = await strictValidationPipe().transform({ ...valid, amountFen: 0 }, { type: 'body', metatype: Body });
    expect(out).toBeInstanceOf(Body);
    expect(out).toEqual({ ...valid, amountFen: 0 });
  });

  it('refuses an unknown field, naming it', async () => {
    const res = await refusal({ ...valid, applicantIdNumber: '500106199001011234' });
    expect(res.code).toBe('VALIDATION_FAILED');
    expect(res.fields.map((f) => f.field)).toEqual(['applicantIdNumber']);
  });

  it('does not coerce "2" into 2', async () => {
    expect((await refusal({ ...valid, count: '2' })).fields.map((f) => f.field)).toEqual(['count']);
  });

  it('names every bad field in the message', async () => {
    const res = await refusal({ name: 7, count: 1, at: '2019-06-03T10:15:00', amountFen: -1 });
    expect(res.fields.map((f) => f.field).sort()).toEqual(['amountFen', 'at', 'count', 'name']);
    for (const field of ['amountFen', 'at', 'count', 'name']) expect(res.message).toContain(`${field}:`);
  });

  it.each([
    ['a fraction of a fen', 10.5, 'must be a whole number of fen'],
    ['a negative amount', -1, 'must not be negative'],
    ['an amount beyond 2^53', 2 ** 53, 'must be at most 1000000000000 fen (10,000,000,000 yuan)'],
    ['one fen above MAX_FEN (10^12)', 1_000_000_000_001, 'must be at most 1000000000000 fen (10,000,000,000 yuan)'],
    ['2^53 − 1, the largest safe integer', Number.MAX_SAFE_INTEGER, 'must be at most 1000000000000 fen (10,000,000,000 yuan)'],
  ])('refuses %s', async (_, amountFen, problem) => {
    const res = await refusal({ ...valid, amountFen });
    expect(res.fields).toEqual([{ field: 'amountFen', problems: expect.arrayContaining([`amountFen ${problem}`]) }]);
  });

  it('accepts MAX_FEN, the business maximum of a money field', async () => {
    await expect(strictValidationPipe().transform({ ...valid, amountFen: 1_000_000_000_000 }, { type: 'body', metatype: Body })).resolves.toMatchObject({ amountFen: 1_000_000_000_000 });
  });

  it.each(['0001-01-01T00:00:00Z', '1948-12-31T23:59:59+08:00', '2201-01-01T00:00:00+08:00', '9999-12-31T23:59:59-14:00'])(
    'refuses a business time outside 1949–2200 (%s)',
    async (at) => {
      expect((await refusal({ ...valid, at })).fields.map((f) => f.field)).toEqual(['at']);
    },
  );

  it('accepts the first and the last year a report can be read for', async () => {
    for (const at of ['1949-01-01T00:00:00+08:00', '2200-12-31T23:59:59+08:00'])
      await expect(strictValidationPipe().transform({ ...valid, at }, { type: 'body', metatype: Body })).resolves.toBeInstanceOf(Body);
  });

  it('refuses a string holding a NUL character, which PostgreSQL cannot store, naming the field', async () => {
    const res = await refusal({ ...valid, name: 'a\u0000b' });
    expect(res.fields).toEqual([{ field: 'name', problems: ['name must not contain the NUL character'] }]);
  });

  it('finds a NUL character inside nested values and query strings too', async () => {
    expect((await refusal({ ...valid, tags: [{ label: 'ok' }, { label: '\u0000' }] })).fields.map((f) => f.field)).toEqual(['tags[1].label']);
    expect((await refusal({ name: 'x\u0000' }, 'query')).fields.map((f) => f.field)).toEqual(['name']);
  });

  it('refuses nesting deeper than any body of the API without overflowing the stack', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const res = await refusal({ ...valid, tags: deep });
    expect(res.fields).toHaveLength(1);
    expect(res.fields[0].field).toMatch(/^tags(\[0\])+$/);
    expect(res.fields[0].problems[0]).toMatch(/nested more than \d+ levels deep/);
  });
});
