import { BadRequestException } from '@nestjs/common';
import { decodeCursor, encodeCursor } from './page';

describe('cursors', () => {
  it('decode to the position they were encoded from', () => {
    const cursor = encodeCursor('2019-06-03T02:15:00.000Z', '7a1f3c2e-5b4d-4e6f-8a9b-0c1d2e3f4a5b');
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual({ sortValue: '2019-06-03T02:15:00.000Z', id: '7a1f3c2e-5b4d-4e6f-8a9b-0c1d2e3f4a5b' });
  });

  it.each([
    ['text that is not base64 JSON', '%%%'],
    ['base64 of plain text', Buffer.from('not a cursor').toString('base64url')],
    ['a JSON object', Buffer.from('{"a":1}').toString('base64url')],
    ['numbers instead of strings', Buffer.from('[1,2]').toString('base64url')],
    ['an empty string', ''],
  ])('refuse %s with a 400 naming cursor', (_, cursor) => {
    let err: unknown;
    try {
      decodeCursor(cursor);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(BadRequestException);
    expect((err as BadRequestException).getResponse()).toMatchObject({ statusCode: 400, fields: [{ field: 'cursor' }] });
  });
});
