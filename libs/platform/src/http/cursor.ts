import { InvalidInputError } from '../errors/domain-error';

/**
 * The type of one element of a list's sort key. A cursor is the key of a page's last row; each list
 * declares its key's shape, and a cursor whose elements are not of that shape is refused before any
 * SQL sees it (a value PostgreSQL cannot cast would otherwise be a 500).
 */
export type KeyPart =
  /** An instant, as this service writes it: `YYYY-MM-DDTHH:MM:SS.ffffffZ` (microseconds, UTC), years 0001–9999. */
  | { kind: 'timestamp' }
  | { kind: 'uuid' }
  /** A whole number in [min, max] (default 0 … 2^53−1). */
  | { kind: 'integer'; min?: number; max?: number }
  /** Text without NUL, at most maxLength characters (default 1000); one of `values` when given. */
  | { kind: 'text'; maxLength?: number; values?: readonly string[] };

export type KeyValue = string | number;

/** Longer than any cursor this service issues; refused unread. */
const MAX_CURSOR_LENGTH = 4000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{6})Z$/;

/** CURSOR.INVALID (400, naming `cursor`): a cursor this service did not issue for this list. */
export class CursorInvalidError extends InvalidInputError {
  constructor(reason: string, field = 'cursor') {
    super('CURSOR.INVALID', field, `${field}: is not a cursor this service issued for this list (${reason}); start again without it`);
  }
}

/** Encodes a sort key as an opaque cursor (base64url of its JSON array). */
export function encodeCursor(key: readonly KeyValue[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

function isTimestamp(value: string): boolean {
  const m = TIMESTAMP.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1) return false;
  // The millisecond part must name a real calendar instant (no 30 February, no hour 24).
  const ms = `${value.slice(0, 23)}Z`;
  const date = new Date(ms);
  return !Number.isNaN(date.getTime()) && date.toISOString() === ms;
}

/** Why `value` is not of the shape `part`, or null when it is. */
function problemOf(value: unknown, part: KeyPart, i: number): string | null {
  const at = `element ${i + 1}`;
  switch (part.kind) {
    case 'timestamp':
      return typeof value === 'string' && isTimestamp(value) ? null : `${at} is not an instant`;
    case 'uuid':
      return typeof value === 'string' && UUID.test(value) ? null : `${at} is not a UUID`;
    case 'integer': {
      const min = part.min ?? 0;
      const max = part.max ?? Number.MAX_SAFE_INTEGER;
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max ? null : `${at} is not a whole number from ${min} to ${max}`;
    }
    case 'text': {
      if (typeof value !== 'string' || value.length > (part.maxLength ?? 1000) || value.includes('\u0000')) return `${at} is not a key text`;
      if (part.values && !part.values.includes(value)) return `${at} is not one of the list's values`;
      return null;
    }
  }
}

/**
 * Decodes a cursor from encodeCursor into its sort key, checking it against the list's key shape:
 * base64url of a JSON array of exactly `shape.length` elements of the declared types. Anything else
 * throws CursorInvalidError (400 CURSOR.INVALID naming `field`).
 */
export function decodeCursor(cursor: unknown, shape: readonly KeyPart[], field = 'cursor'): KeyValue[] {
  if (typeof cursor !== 'string' || cursor.length === 0) throw new CursorInvalidError('empty', field);
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw new CursorInvalidError('not base64url', field);
  const bytes = Buffer.from(cursor, 'base64url');
  // Only the canonical spelling: trailing bits or characters Buffer silently drops mean a forgery.
  if (bytes.toString('base64url') !== cursor) throw new CursorInvalidError('not base64url', field);
  let key: unknown;
  try {
    key = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new CursorInvalidError('not JSON', field);
  }
  if (!Array.isArray(key)) throw new CursorInvalidError('not a key', field);
  if (key.length !== shape.length) throw new CursorInvalidError(`a key of ${key.length} elements, not ${shape.length}`, field);
  shape.forEach((part, i) => {
    const problem = problemOf(key[i], part, i);
    if (problem) throw new CursorInvalidError(problem, field);
  });
  return key as KeyValue[];
}
