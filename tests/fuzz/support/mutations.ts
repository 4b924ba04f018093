import { ArraySchema, FieldSchema, NumberSchema, StringSchema } from './openapi';
import { validValue } from './valid-body';

/** What a generated request breaks; the summary counts requests per kind. */
export type VariantKind =
  | 'missing-field'
  | 'wrong-type'
  | 'unknown-enum'
  | 'number-range'
  | 'fractional-number'
  | 'negative-fen'
  | 'date-without-offset'
  | 'impossible-date'
  | 'not-a-date'
  | 'string-length'
  | 'string-1mb'
  | 'nul-character'
  | 'pattern'
  | 'extra-field'
  | 'array-size'
  | 'array-items'
  | 'whole-body'
  | 'malformed-json'
  | 'deep-nesting'
  | 'content-type'
  | 'body-too-large'
  | 'path-not-uuid'
  | 'path-unknown-id'
  | 'idempotency-key'
  | 'cross-field'
  | 'random-combination';

export type Segment = string | number;

/** One change to a valid body: remove the value at `at`, or put `value` (or the JSON text `raw`) there. */
export interface Mutation {
  kind: VariantKind;
  label: string;
  at: Segment[];
  remove?: boolean;
  value?: unknown;
  raw?: string;
  /** Statuses that count as a correct refusal (default 400). */
  expect?: number[];
}

export const MB_STRING = 'x'.repeat(1_000_000);

const WRONG_TYPES: [string, unknown][] = [
  ['string', 'fuzz'],
  ['numeric string', '2'],
  ['number 42', 42],
  ['number 0', 0],
  ['number -1', -1],
  ['number 4.5', 4.5],
  ['true', true],
  ['false', false],
  ['null', null],
  ['empty array', []],
  ['empty object', {}],
];

const NO_OFFSET = ['2019-06-03T10:15:00', '2019-06-03T10:15', '2019-06-03T10:15:00.000', '2019-06-03', '2019-06-03T10:15:00+0800', '2019-06-03T10:15:00+08', '2019-06-03T10:15:00 +08:00', '2019-06-03 10:15:00'];
const IMPOSSIBLE = [
  '2019-02-30T10:00:00+08:00', '2019-02-29T10:00:00+08:00', '2019-04-31T10:00:00+08:00', '2019-13-01T10:00:00+08:00', '2019-00-10T10:00:00+08:00',
  '2019-06-00T10:00:00+08:00', '2019-06-03T25:00:00+08:00', '2019-06-03T24:00:00+08:00', '2019-06-03T10:60:00+08:00', '2019-06-03T10:15:60+08:00',
  '2019-06-03T10:15:00+25:00', '2019-06-03T10:15:00+08:60', '2019-06-32T10:00:00Z',
];
const NOT_A_DATE = [
  '', 'yesterday', 'not a date', '2019', 'June 3, 2019', 'Mon, 03 Jun 2019 10:15:00 +0800', '1559528100000', '2019/06/03 10:15:00+08:00',
  'T10:15:00+08:00', '2019-06-03T10:15:00+08:00Z', '+002019-06-03T10:15:00+08:00', '２０１９-06-03T10:15:00+08:00',
];

/** Every invalid value of one field (and of the fields inside it), each on its own. */
export function* fieldMutations(field: FieldSchema, at: Segment[], required: boolean): Generator<Mutation> {
  const name = leafName(at);
  if (required && typeof at[at.length - 1] === 'string') yield { kind: 'missing-field', label: 'missing', at, remove: true };
  const own = field.type === 'integer' ? 'number' : field.type;
  const valid = validValue(field, name);
  for (const [label, value] of [...WRONG_TYPES, ['array of a valid value', [valid]] as [string, unknown], ['object holding a valid value', { value: valid }] as [string, unknown]]) {
    if (jsonType(value) === own) continue;
    // class-validator's @IsOptional lets null through, like an absent field: only a required field must refuse it.
    if (value === null && !required) continue;
    yield { kind: 'wrong-type', label: `wrong type: ${label}`, at, value };
  }
  switch (field.type) {
    case 'string':
      yield* stringMutations(field, at);
      break;
    case 'integer':
    case 'number':
      yield* numberMutations(field, at, name);
      break;
    case 'array':
      yield* arrayMutations(field, at, name);
      break;
    case 'object':
      for (const [prop, sub] of Object.entries(field.properties)) yield* fieldMutations(sub, [...at, prop], field.required.includes(prop));
      yield { kind: 'extra-field', label: 'unknown nested field', at: [...at, 'zzzUnknown'], value: 1 };
      break;
    case 'boolean':
      break;
  }
}

function* stringMutations(field: StringSchema, at: Segment[]): Generator<Mutation> {
  if (field.enum) {
    const first = field.enum[0];
    const candidates = ['zzz-unknown', first.toUpperCase(), ` ${first}`, `${first} `, `${first}x`, first.replace(/-/g, '_'), 'null', '*', `${first},${field.enum[1] ?? first}`];
    for (const value of new Set(candidates)) if (!field.enum.includes(value)) yield { kind: 'unknown-enum', label: `unknown value ${JSON.stringify(value)}`, at, value };
    yield { kind: 'string-length', label: 'empty string', at, value: '' };
    yield { kind: 'string-1mb', label: '1 MB string', at, value: MB_STRING, expect: [400, 413] };
    return;
  }
  if (field.format === 'date-time') {
    for (const value of NO_OFFSET) yield { kind: 'date-without-offset', label: `no offset ${value}`, at, value };
    for (const value of IMPOSSIBLE) yield { kind: 'impossible-date', label: `impossible ${value}`, at, value };
    for (const value of NOT_A_DATE) yield { kind: 'not-a-date', label: `not a date ${JSON.stringify(value)}`, at, value };
    yield { kind: 'wrong-type', label: 'wrong type: epoch milliseconds', at, value: 1559528100000 };
    yield { kind: 'string-1mb', label: '1 MB string', at, value: MB_STRING, expect: [400, 413] };
    return;
  }
  // Every text field of this API needs at least one character.
  yield { kind: 'string-length', label: 'empty string', at, value: '' };
  if (field.maxLength !== undefined) {
    yield { kind: 'string-length', label: `${field.maxLength + 1} characters`, at, value: 'a'.repeat(field.maxLength + 1) };
    yield { kind: 'string-length', label: `${field.maxLength + 1} CJK characters`, at, value: '测'.repeat(field.maxLength + 1) };
    yield { kind: 'string-length', label: `${field.maxLength * 4} characters`, at, value: 'b'.repeat(field.maxLength * 4) };
  }
  yield { kind: 'string-1mb', label: '1 MB string', at, value: MB_STRING, expect: [400, 413] };
  // PostgreSQL text cannot hold U+0000: it must be refused as input, not fail in the database.
  yield { kind: 'nul-character', label: 'NUL inside', at, value: 'fuzz\u0000fuzz' };
  yield { kind: 'nul-character', label: 'NUL only', at, value: '\u0000' };
  yield { kind: 'nul-character', label: 'NUL at the end', at, value: `${validValue(field, leafName(at))}\u0000` };
  if (field.pattern) {
    const re = new RegExp(field.pattern);
    for (const value of ['has space', '-leading-hyphen', 'ünïcödé', 'a/b', 'semi;colon', "quote'"]) if (!re.test(value)) yield { kind: 'pattern', label: `does not match ${field.pattern}: ${value}`, at, value };
  }
}

function* numberMutations(field: NumberSchema, at: Segment[], name: string): Generator<Mutation> {
  const { minimum: min, maximum: max } = field;
  // The API has no fractional quantities (counts, days, scores, years and fen are all whole), so
  // a fraction is invalid even where the document only says `number`.
  const isValid = (v: number) => Number.isSafeInteger(v) && (min === undefined || v >= min) && (max === undefined || v <= max);
  const seen = new Set<string>();
  const emit = function* (kind: Mutation['kind'], label: string, value: number | undefined, raw?: string): Generator<Mutation> {
    const key = raw ?? String(value);
    if (seen.has(key) || (value !== undefined && isValid(value))) return;
    seen.add(key);
    yield raw === undefined ? { kind, label, at, value } : { kind, label, at, raw };
  };
  const fen = /Fen$/.test(name);
  if (min !== undefined) {
    yield* emit('number-range', `below minimum ${min}`, min - 1);
    yield* emit('number-range', `far below minimum ${min}`, min - 1000);
  }
  if (max !== undefined) {
    yield* emit('number-range', `above maximum ${max}`, max + 1);
    yield* emit('number-range', `far above maximum ${max}`, max * 10 + 10);
  }
  yield* emit(fen ? 'negative-fen' : 'number-range', 'minus one', -1);
  yield* emit('number-range', 'minimum 32-bit integer - 1', -2147483649);
  yield* emit('number-range', '2^53 + 1 (not exactly representable)', undefined, '9007199254740993');
  yield* emit('number-range', '-(2^53 + 1)', undefined, '-9007199254740993');
  yield* emit('number-range', '1e400 (Infinity)', undefined, '1e400');
  yield* emit('number-range', '-1e400', undefined, '-1e400');
  yield* emit('number-range', '1e21', 1e21);
  const base = min ?? 1;
  yield* emit('fractional-number', `${base + 0.5}`, base + 0.5);
  yield* emit('fractional-number', `${base + 0.01}`, base + 0.01);
  yield* emit('fractional-number', '1e-7', undefined, '1e-7');
  yield* emit('fractional-number', `${base}.000001`, undefined, `${base}.000001`);
  if (fen) {
    for (const v of [-100, -150000, -0.5, -Number.MAX_SAFE_INTEGER]) yield* emit('negative-fen', `negative fen ${v}`, v);
    for (const v of [0.5, 100.01, 99.999, 150000.5]) yield* emit('fractional-number', `fractional fen ${v}`, v);
  }
}

function* arrayMutations(field: ArraySchema, at: Segment[], name: string): Generator<Mutation> {
  const item = validValue(field.items, name);
  if ((field.minItems ?? 0) >= 1) yield { kind: 'array-size', label: 'empty array', at, value: [] };
  if (field.maxItems !== undefined) yield { kind: 'array-size', label: `${field.maxItems + 1} items`, at, value: Array.from({ length: field.maxItems + 1 }, () => item) };
  if (field.uniqueItems) yield { kind: 'array-size', label: 'the same item twice', at, value: [item, item] };
  // The first item broken in every way its own schema allows, then a valid first and a broken second.
  for (const m of fieldMutations(field.items, [...at, 0], true)) yield { ...m, kind: m.kind === 'wrong-type' ? 'array-items' : m.kind, label: `item: ${m.label}` };
  for (const [label, value] of WRONG_TYPES) {
    if (jsonType(value) === (field.items.type === 'integer' ? 'number' : field.items.type)) continue;
    yield { kind: 'array-items', label: `second item ${label}`, at: [...at, 1], value };
  }
}

/** The name an error message must mention for a change at `at`: the last property name on the path. */
export function leafName(at: Segment[]): string {
  for (let i = at.length - 1; i >= 0; i--) if (typeof at[i] === 'string') return at[i] as string;
  return '';
}

function jsonType(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? 'number' : typeof v;
}
