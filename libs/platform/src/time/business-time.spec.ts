import { BadRequestException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsArray, IsOptional, ValidateNested } from 'class-validator';
import { strictValidationPipe } from '../http/validation';
import { IsTimestamp, TimestampField } from '../http/validators';
import { BusinessTime, businessTimesAfter } from './business-time';
import { Clock } from './clock';

class Item {
  @TimestampField('when it was decided')
  decidedAt: string;
}

class Body {
  @TimestampField('when it was received')
  receivedAt: string;

  @IsOptional()
  @IsTimestamp()
  @BusinessTime()
  establishedAt?: string;

  /** A filter bound, not a business time: may lie in the future. */
  @IsOptional()
  @IsTimestamp()
  until?: string;

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => Item)
  items?: Item[];
}

const pinned = (iso: string): Clock => ({ now: () => new Date(iso) });
// The first instant of 2020 in Chongqing: 2019-12-31T16:00:00Z.
const NOW = '2020-01-01T00:00:00+08:00';

async function outcome(body: Record<string, unknown>, opts: { now?: string; skew?: number; type?: 'body' | 'query' } = {}) {
  const pipe = strictValidationPipe({ clock: pinned(opts.now ?? NOW), maxSkewSeconds: opts.skew ?? 300 });
  try {
    await pipe.transform(body, { type: opts.type ?? 'body', metatype: Body });
    return 'accepted';
  } catch (err) {
    expect(err).toBeInstanceOf(BadRequestException);
    return (err as BadRequestException).getResponse() as { code: string; message: string; fields: { field: string; problems: string[] }[] };
  }
}

describe('the business-time rule (no time later than the service clock plus the skew)', () => {
  it('accepts a time up to exactly now plus the skew', async () => {
    expect(await outcome({ receivedAt: '2020-01-01T00:05:00+08:00' })).toBe('accepted');
    expect(await outcome({ receivedAt: '2019-12-31T16:05:00Z' })).toBe('accepted');
  });

  it('refuses a time one second beyond the skew, naming the field and the clock', async () => {
    expect(await outcome({ receivedAt: '2020-01-01T00:05:01+08:00' })).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'VALIDATION_FAILED',
      message: 'receivedAt: receivedAt must not be in the future (the service clock reads 2019-12-31T16:00:00.000Z; at most 300 s ahead is allowed)',
      fields: [{ field: 'receivedAt', problems: ['receivedAt must not be in the future (the service clock reads 2019-12-31T16:00:00.000Z; at most 300 s ahead is allowed)'] }],
    });
  });

  it('refuses the clerk who typed 2091 for 2019', async () => {
    const res = await outcome({ receivedAt: '2091-06-03T10:15:00+08:00' }, { now: '2026-12-01T12:00:00+08:00' });
    expect(res).toMatchObject({ fields: [{ field: 'receivedAt' }] });
  });

  it('leaves the year boundary to the district zone: 23:59 on 31 December is accepted at midnight, any 2019 time too', async () => {
    expect(await outcome({ receivedAt: '2019-12-31T23:59:59.999+08:00' })).toBe('accepted');
    expect(await outcome({ receivedAt: '2019-01-01T00:00:00+08:00', items: [{ decidedAt: '2019-12-31T23:59:00+08:00' }] })).toBe('accepted');
    // The same instant written in UTC or in another offset is the same time.
    expect(await outcome({ receivedAt: '2019-12-31T16:04:00+00:00' })).toBe('accepted');
    expect(await outcome({ receivedAt: '2019-12-31T11:05:01-05:00' })).toMatchObject({ fields: [{ field: 'receivedAt' }] });
  });

  it('compares with the clock it was given, not the machine clock', async () => {
    expect(await outcome({ receivedAt: '2019-06-03T10:15:00+08:00' }, { now: '2019-06-03T10:00:00+08:00' })).toMatchObject({ fields: [{ field: 'receivedAt' }] });
    expect(await outcome({ receivedAt: '2019-06-03T10:15:00+08:00' }, { now: '2019-06-03T10:00:00+08:00', skew: 900 })).toBe('accepted');
    expect(await outcome({ receivedAt: '2019-06-03T10:00:01+08:00' }, { now: '2019-06-03T10:00:00+08:00', skew: 0 })).toMatchObject({ fields: [{ field: 'receivedAt' }] });
  });

  it('names every future business time, nested ones by path, and never a filter bound', async () => {
    const res = await outcome({
      receivedAt: '2030-01-01T00:00:00+08:00',
      establishedAt: '2030-01-01T00:00:00+08:00',
      until: '2199-01-01T00:00:00+08:00',
      items: [{ decidedAt: '2019-06-03T10:15:00+08:00' }, { decidedAt: '2021-01-01T00:00:00+08:00' }],
    });
    expect(typeof res === 'string' ? res : res.fields.map((f) => f.field)).toEqual(['receivedAt', 'establishedAt', 'items[1].decidedAt']);
    expect(await outcome({ receivedAt: NOW, until: '2199-01-01T00:00:00+08:00' })).toBe('accepted');
  });

  it('applies to bodies only: a query parameter may name a future instant', async () => {
    expect(await outcome({ receivedAt: '2030-01-01T00:00:00+08:00' }, { type: 'query' })).toBe('accepted');
  });

  it('leaves a malformed time to the timestamp rule, which names the field once', async () => {
    expect(await outcome({ receivedAt: '2091-13-45' })).toMatchObject({ fields: [{ field: 'receivedAt', problems: [expect.stringContaining('ISO 8601')] }] });
  });
});

describe('businessTimesAfter', () => {
  it('finds nothing in values that are not marked objects', () => {
    const latest = new Date('2020-01-01T00:00:00Z');
    expect(businessTimesAfter(null, latest)).toEqual([]);
    expect(businessTimesAfter({ receivedAt: '2091-01-01T00:00:00Z' }, latest)).toEqual([]);
    expect(businessTimesAfter(Object.assign(new Item(), { decidedAt: '2091-01-01T00:00:00Z' }), latest)).toEqual([{ field: 'decidedAt', at: '2091-01-01T00:00:00Z' }]);
  });
});
