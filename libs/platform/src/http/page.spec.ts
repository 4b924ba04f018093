import { BadRequestException } from '@nestjs/common';
import { parseLimit } from './page';

describe('parseLimit', () => {
  it('takes the fallback when absent and a whole number from 1 to max otherwise', () => {
    expect([parseLimit(undefined), parseLimit('1'), parseLimit('500'), parseLimit(undefined, 1000, 100), parseLimit('1000', 1000)]).toEqual([50, 1, 500, 100, 1000]);
  });

  it.each([['0'], ['501'], ['-1'], ['1.5'], ['1e2'], [' 5'], ['ten'], [''], ['99999999999999999999'], [['1', '2']]])('refuses %j with a 400 naming limit', (raw) => {
    let err: unknown;
    try {
      parseLimit(raw);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(BadRequestException);
    expect((err as BadRequestException).getResponse()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', message: 'limit: must be a whole number from 1 to 500', fields: [{ field: 'limit' }] });
  });
});
