import { CursorInvalidError, decodeCursor, encodeCursor, KeyPart } from './cursor';
import { toErrorBody } from './exception.filter';

const TIME_ID: KeyPart[] = [{ kind: 'timestamp' }, { kind: 'uuid' }];
const NUMBER_ID: KeyPart[] = [{ kind: 'integer', min: 1, max: 999 }, { kind: 'uuid' }];
const TEXT: KeyPart[] = [{ kind: 'text', maxLength: 10, values: undefined }];
const ID = '7a1f3c2e-5b4d-4e6f-8a9b-0c1d2e3f4a5b';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const forged = (key: unknown) => b64(JSON.stringify(key));

function refusal(cursor: unknown, shape: KeyPart[]) {
  try {
    decodeCursor(cursor, shape);
  } catch (err) {
    return err;
  }
  throw new Error(`accepted ${String(cursor)}`);
}

describe('cursors', () => {
  it.each([
    ['an instant and a UUID', TIME_ID, ['2019-06-03T02:15:00.123456Z', ID]],
    ['a number and a UUID', NUMBER_ID, [17, ID]],
    ['text with quotes, commas and Chinese', [{ kind: 'text' }] as KeyPart[], ['沙市监处罚〔2019〕118号, "x"']],
    ['an instant of year 1', TIME_ID, ['0001-01-01T00:00:00.000000Z', ID]],
  ])('decode to the key they were encoded from: %s', (_, shape, key) => {
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, shape)).toEqual(key);
  });

  it('answer a forged cursor with 400 CURSOR.INVALID naming the cursor parameter', () => {
    const body = toErrorBody(refusal(forged(['x', 'y']), TIME_ID));
    expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request', code: 'CURSOR.INVALID', details: { field: 'cursor' } });
    expect(body.message).toMatch(/^cursor: /);
  });

  it.each<[string, unknown, KeyPart[]]>([
    ['an empty string', '', TIME_ID],
    ['no string at all', ['a'], TIME_ID],
    ['not base64 (percent signs)', '%%%', TIME_ID],
    ['standard base64 with padding', Buffer.from('["x"]').toString('base64'), TEXT],
    ['base64 with trailing bits Buffer would drop', `${forged(['2019-06-03T02:15:00.123456Z', ID])}A`, TIME_ID],
    ['far too long', 'A'.repeat(5000), TIME_ID],
    ['base64 of plain text', b64('not a cursor'), TIME_ID],
    ['base64 of bytes that are not UTF-8', Buffer.from([0xff, 0xfe, 0x5b, 0x5d]).toString('base64url'), TIME_ID],
    ['a JSON object', forged({ a: 1 }), TIME_ID],
    ['a JSON string', forged('x'), TIME_ID],
    ['JSON null', forged(null), TIME_ID],
    ['one element too few', forged(['2019-06-03T02:15:00.123456Z']), TIME_ID],
    ['one element too many', forged(['2019-06-03T02:15:00.123456Z', ID, 'x']), TIME_ID],
    ['the legal aid forgery ["0", nil UUID]', forged(['0', '00000000-0000-0000-0000-000000000000']), TIME_ID],
    ['["x","y"]', 'WyJ4IiwieSJd', TIME_ID],
    ['numbers where text is due', forged([1, 2]), TIME_ID],
    ['a timestamp without microseconds', forged(['2019-06-03T02:15:00.123Z', ID]), TIME_ID],
    ['a timestamp with an offset', forged(['2019-06-03T10:15:00.123456+08:00', ID]), TIME_ID],
    ['30 February', forged(['2019-02-30T00:00:00.000000Z', ID]), TIME_ID],
    ['hour 24', forged(['2019-06-03T24:00:00.000000Z', ID]), TIME_ID],
    ['year 0000', forged(['0000-01-01T00:00:00.000000Z', ID]), TIME_ID],
    ['a bad UUID', forged(['2019-06-03T02:15:00.123456Z', 'me']), TIME_ID],
    ['a UUID with a stray character', forged(['2019-06-03T02:15:00.123456Z', `${ID}0`]), TIME_ID],
    ['a number as text', forged(['17', ID]), NUMBER_ID],
    ['a fraction', forged([1.5, ID]), NUMBER_ID],
    ['a number below the range', forged([0, ID]), NUMBER_ID],
    ['a number above the range', forged([1000, ID]), NUMBER_ID],
    ['a huge number', b64(`[1e400,"${ID}"]`), NUMBER_ID],
    ['a number beyond 2^53', b64(`[9007199254740993,"${ID}"]`), [{ kind: 'integer' }, { kind: 'uuid' }]],
    ['a negative number', forged([-1, ID]), [{ kind: 'integer' }, { kind: 'uuid' }]],
    ['text longer than the key allows', forged(['x'.repeat(11)]), TEXT],
    ['text holding NUL', forged(['a\u0000b']), TEXT],
    ['text outside the list of values', forged(['cats']), [{ kind: 'text', values: ['procedure', 'evidence'] }]],
    ['an array where text is due', forged([['x']]), TEXT],
  ])('refuse %s', (_, cursor, shape) => {
    const err = refusal(cursor, shape);
    expect(err).toBeInstanceOf(CursorInvalidError);
    expect(err).toMatchObject({ code: 'CURSOR.INVALID', kind: 'invalid', details: { field: 'cursor' } });
  });

  it('names the parameter it was given as', () => {
    expect(refusal('%', TIME_ID)).toBeInstanceOf(CursorInvalidError);
    try {
      decodeCursor('%', TIME_ID, 'eventsCursor');
    } catch (err) {
      expect(err).toMatchObject({ details: { field: 'eventsCursor' }, message: expect.stringMatching(/^eventsCursor: /) });
    }
  });
});
