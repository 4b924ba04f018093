import { textProblem } from './text';

/**
 * A small, dependency-free schema language for event payloads: each schema both validates an
 * unknown value at run time and gives its TypeScript type (`Infer<typeof schema>`), so a payload
 * is described once and the producer, the consumer and the validator cannot drift apart.
 */
import { MAX_FEN } from './money';

export interface Schema<T> {
  /** Appends one message per problem to `errors`, each starting with the path of the bad value. */
  validate(value: unknown, path: string, errors: string[]): void;
  /**
   * True exactly when `validate` would find no problem, without building any message or path: the
   * consumer checks every event this way and asks `validate` only for the reasons of a bad one.
   */
  is?(value: unknown): boolean;
  readonly optional?: boolean;
  /** Phantom member carrying the type; never set. */
  readonly __type?: T;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Whether `value` passes `schema`: its `is` when it has one, else `validate` finding nothing. */
export function conforms(schema: Schema<unknown>, value: unknown): boolean {
  if (schema.is) return schema.is(value);
  const errors: string[] = [];
  schema.validate(value, '', errors);
  return errors.length === 0;
}

const ISO_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `value` is an ISO 8601 timestamp with an explicit offset that names a real instant. */
export function isIsoTimestampWithOffset(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_WITH_OFFSET.test(value)) return false;
  // The pattern has put digits at these places: read them without allocating.
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(digits(value, 0, 4), month)) return false;
  if (digits(value, 11, 2) > 23 || digits(value, 14, 2) > 59) return false;
  const seconds = value.length > 16 && value[16] === ':' ? digits(value, 17, 2) : 0;
  if (seconds > 59) return false;
  return !Number.isNaN(Date.parse(value));
}

/** The number written by the `count` decimal digits of `text` from `at`. */
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days of a month (1–12) of a proleptic Gregorian year, as Date.UTC counts them. */
function daysInMonth(year: number, month: number): number {
  return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : DAYS_IN_MONTH[month - 1];
}

/** True when `value` is a UUID in its canonical textual form. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * Text as `textProblem` defines it (./text.ts): not blank, no control characters, well-formed,
 * `min`–`max` Unicode code points (default 1–200) — the same rules as the HTTP `@IsText`.
 */
export function str(opts: { min?: number; max?: number } = {}): Schema<string> {
  return {
    validate(v, path, errors) {
      const problem = textProblem(v, opts);
      if (problem === null) return;
      errors.push(typeof v === 'string' ? `${path} ${problem}` : `${path} must be a string, got ${describe(v)}`);
    },
    is: (v) => textProblem(v, opts) === null,
  };
}

export function enumOf<const V extends readonly string[]>(values: V): Schema<V[number]> {
  return {
    validate(v, path, errors) {
      if (typeof v !== 'string' || !values.includes(v))
        errors.push(`${path} must be one of ${values.join(', ')}`);
    },
    is: (v) => typeof v === 'string' && values.includes(v),
  };
}

export function int(opts: { min?: number; max?: number } = {}): Schema<number> {
  return {
    validate(v, path, errors) {
      if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
        errors.push(`${path} must be an integer, got ${describe(v)}`);
        return;
      }
      if (opts.min !== undefined && v < opts.min) errors.push(`${path} must be ≥ ${opts.min}`);
      if (opts.max !== undefined && v > opts.max) errors.push(`${path} must be ≤ ${opts.max}`);
    },
    is: (v) => typeof v === 'number' && Number.isSafeInteger(v) && !(opts.min !== undefined && v < opts.min) && !(opts.max !== undefined && v > opts.max),
  };
}

/** Money: a whole number of fen (1 yuan = 100 fen), never a float, from 0 to `max` (default MAX_FEN). */
export function fen(opts: { max?: number } = {}): Schema<number> {
  return int({ min: 0, max: opts.max ?? MAX_FEN });
}

export function bool(): Schema<boolean> {
  return {
    validate(v, path, errors) {
      if (typeof v !== 'boolean') errors.push(`${path} must be a boolean, got ${describe(v)}`);
    },
    is: (v) => typeof v === 'boolean',
  };
}

export function isoTime(): Schema<string> {
  return {
    validate(v, path, errors) {
      if (!isIsoTimestampWithOffset(v))
        errors.push(`${path} must be an ISO 8601 timestamp with an offset`);
    },
    is: isIsoTimestampWithOffset,
  };
}

export function uuid(): Schema<string> {
  return {
    validate(v, path, errors) {
      if (!isUuid(v)) errors.push(`${path} must be a UUID`);
    },
    is: isUuid,
  };
}

/** A value that may be `null` (always present in the object, unlike `optional`). */
export function nullable<T>(inner: Schema<T>): Schema<T | null> & { inner: Schema<T> } {
  return {
    inner,
    validate(v, path, errors) {
      if (v !== null) inner.validate(v, path, errors);
    },
    is: (v) => v === null || conforms(inner, v),
  };
}

export function optional<T>(inner: Schema<T>): Schema<T | undefined> & { optional: true; inner: Schema<T> } {
  return {
    optional: true,
    inner,
    validate(v, path, errors) {
      if (v !== undefined) inner.validate(v, path, errors);
    },
    is: (v) => v === undefined || conforms(inner, v),
  };
}

export function arrayOf<T>(item: Schema<T>, opts: { min?: number; max?: number } = {}): Schema<T[]> & { item: Schema<T> } {
  return {
    item,
    validate(v, path, errors) {
      if (!Array.isArray(v)) {
        errors.push(`${path} must be an array, got ${describe(v)}`);
        return;
      }
      if (opts.min !== undefined && v.length < opts.min)
        errors.push(`${path} must have at least ${opts.min} item(s)`);
      if (opts.max !== undefined && v.length > opts.max)
        errors.push(`${path} must have at most ${opts.max} item(s)`);
      v.forEach((x, i) => item.validate(x, `${path}[${i}]`, errors));
    },
    is: (v) =>
      Array.isArray(v) && !(opts.min !== undefined && v.length < opts.min) && !(opts.max !== undefined && v.length > opts.max) && v.every((x) => conforms(item, x)),
  };
}

/** A record whose values all follow one schema (e.g. counts by category). */
export function recordOf<T>(value: Schema<T>): Schema<Record<string, T>> & { values: Schema<T> } {
  return {
    values: value,
    validate(v, path, errors) {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        errors.push(`${path} must be an object, got ${describe(v)}`);
        return;
      }
      for (const [k, x] of Object.entries(v)) value.validate(x, `${path}.${k}`, errors);
    },
    is: (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => conforms(value, x)),
  };
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<P extends Shape> = { [K in keyof P]: P[K] extends { optional: true } ? K : never }[keyof P];
type RequiredKeys<P extends Shape> = Exclude<keyof P, OptionalKeys<P>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<P extends Shape> = Simplify<
  { [K in RequiredKeys<P>]: Infer<P[K]> } & { [K in OptionalKeys<P>]?: Infer<P[K]> }
>;

/** A strict object: every declared key is checked and any undeclared key is an error. */
export function object<P extends Shape>(shape: P): Schema<ObjectOf<P>> & { shape: P } {
  const fields = Object.entries(shape);
  return {
    shape,
    validate(v, path, errors) {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        errors.push(`${path} must be an object, got ${describe(v)}`);
        return;
      }
      const record = v as Record<string, unknown>;
      for (const [key, schema] of fields) {
        // Own keys only: `in` would also see Object.prototype, letting `constructor` & co. through.
        if (!Object.hasOwn(record, key) && !schema.optional) errors.push(`${path}.${key} is required`);
        else schema.validate(record[key], `${path}.${key}`, errors);
      }
      for (const key of Object.keys(record))
        if (!Object.hasOwn(shape, key)) errors.push(`${path}.${key} is not a known field`);
    },
    is(v) {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
      const record = v as Record<string, unknown>;
      for (const [key, schema] of fields) if (!((Object.hasOwn(record, key) || schema.optional) && conforms(schema, record[key]))) return false;
      for (const key in record) if (Object.hasOwn(record, key) && !Object.hasOwn(shape, key)) return false;
      return true;
    },
  };
}
