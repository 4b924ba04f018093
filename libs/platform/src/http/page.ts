import { BadRequestException } from '@nestjs/common';

/** One page of a list; `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Encodes a keyset position (sort value + id) as an opaque cursor. */
export function encodeCursor(sortValue: string, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');
}

/** Decodes a cursor from encodeCursor; a malformed one is a 400 naming `cursor`. */
export function decodeCursor(cursor: string): { sortValue: string; id: string } {
  try {
    const [sortValue, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof sortValue === 'string' && typeof id === 'string') return { sortValue, id };
  } catch {
    // fall through
  }
  throw new BadRequestException({ statusCode: 400, error: 'Bad Request', code: 'VALIDATION_FAILED', message: 'cursor: is not a cursor this service issued', fields: [{ field: 'cursor', problems: ['is not a cursor this service issued'] }] });
}
