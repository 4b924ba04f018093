import { EVENT_DEFINITIONS, parseEvent, validateEvent } from './registry';
import { envelopeSchema } from './envelope';
import { countsOf } from './file-review/counts';
import { arrayOf, bool, conforms, enumOf, fen, int, isoTime, nullable, object, optional, recordOf, Schema, str, uuid } from './schema';

/** What `validate` says: valid when it finds no problem. */
function validates(schema: Schema<unknown>, value: unknown): boolean {
  const errors: string[] = [];
  schema.validate(value, 'x', errors);
  return errors.length === 0;
}

/** Values that break one rule or another of every kind of schema. */
const ODD: unknown[] = [
  undefined, null, true, false, 0, 1, -1, 2, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 1_000_000_000_001, '', ' ', '\u3000', 'a', 'x'.repeat(201),
  'é', '𠀀', 'a\u0000b', 'a\nb', '\ud800', '\u200b', 'success', 'police-station', 'POL-01', '2019-06-03T10:15:00+08:00', '2019-02-30T10:00:00+08:00',
  '2019-06-03T10:15:00', '0000-02-29T00:00:00Z', '3f2b8c1d-4e5a-4b6c-9d7e-8f9a0b1c2d3e', '3F2B8C1D-4E5A-4B6C-9D7E-8F9A0B1C2D3E', 'not-a-uuid', [], [1], ['a', 'b'],
  {}, { a: 1 }, { constructor: 1 }, Object.create({ inherited: 1 }), JSON.parse('{"__proto__": {"x": 1}}'),
];

describe('conforms (the quick check) says what validate says', () => {
  const schemas: [string, Schema<unknown>][] = [
    ['str', str()], ['str 6–12', str({ min: 6, max: 12 })], ['enumOf', enumOf(['success', 'failure'])], ['int ≥ 1', int({ min: 1 })], ['int', int()],
    ['fen', fen()], ['bool', bool()], ['isoTime', isoTime()], ['uuid', uuid()], ['nullable str', nullable(str())], ['optional int', optional(int())],
    ['arrayOf 1–2', arrayOf(str(), { min: 1, max: 2 })], ['recordOf int', recordOf(int({ min: 0 }))], ['countsOf', countsOf(['a', 'b'])],
    ['object', object({ a: int(), b: optional(str()), c: nullable(bool()), constructor: optional(int()) })], ['envelope', envelopeSchema],
  ];
  it.each(schemas)('for %s, on every odd value', (_, schema) => {
    for (const value of ODD) expect([value, conforms(schema, value)]).toEqual([value, validates(schema, value)]);
  });

  it('for objects with one field changed, removed or added, on every odd value', () => {
    const schema = object({ a: int({ min: 0 }), b: optional(str()), c: nullable(enumOf(['x', 'y'])), d: arrayOf(uuid()) });
    const valid = { a: 1, b: 'b', c: 'x', d: ['3f2b8c1d-4e5a-4b6c-9d7e-8f9a0b1c2d3e'] };
    expect(conforms(schema, valid)).toBe(true);
    for (const key of ['a', 'b', 'c', 'd', 'e']) {
      const { [key]: _, ...without } = valid as Record<string, unknown>;
      expect(conforms(schema, without)).toBe(validates(schema, without));
      for (const value of ODD) {
        const changed = { ...valid, [key]: value };
        expect([key, value, conforms(schema, changed)]).toEqual([key, value, validates(schema, changed)]);
      }
    }
  });
});

describe('validateEvent with the quick check', () => {
  const concluded = {
    eventId: '3f2b8c1d-4e5a-4b6c-9d7e-8f9a0b1c2d3e', type: 'mediation.dispute.concluded', version: 1, occurredAt: '2019-06-10T16:00:00+08:00',
    district: '500106', caseId: '7a1f3c2e-5b4d-4e6f-8a9b-0c1d2e3f4a5b', sequence: 2, actorId: null,
    payload: {
      committeeCode: 'POL-01', committeeKind: 'police-station', committeeField: null, category: 'neighbourhood', source: 'police-referral',
      receivedAt: '2019-06-03T10:15:00+08:00', concludedAt: '2019-06-10T16:00:00+08:00', result: 'success', agreement: 'written', agreementAmountFen: 150_000,
    },
  };

  /** The full validation's verdict, as validateEvent gave it before the quick check. */
  function fullyValid(value: unknown): boolean {
    const errors: string[] = [];
    envelopeSchema.validate(value, 'event', errors);
    if (errors.length > 0) return false;
    const e = value as { type: string; version: number; payload: unknown };
    const definition = EVENT_DEFINITIONS.find((d) => d.type === e.type && d.version === e.version);
    return definition !== undefined && validates(definition.payload, e.payload);
  }

  it('accepts and refuses exactly the events the full validation does, with one envelope or payload field changed to any odd value', () => {
    let accepted = 0;
    for (const [where, key] of [...Object.keys(concluded).map((k) => ['envelope', k]), ...Object.keys(concluded.payload).map((k) => ['payload', k])]) {
      for (const value of ODD) {
        const event = where === 'envelope' ? { ...concluded, [key]: value } : { ...concluded, payload: { ...concluded.payload, [key]: value } };
        const result = validateEvent(event);
        expect([where, key, value, result.ok]).toEqual([where, key, value, fullyValid(event)]);
        if (result.ok) accepted++;
      }
    }
    expect(accepted).toBeGreaterThan(5); // some odd values are fine where they land (e.g. a nullable field)
  });

  it('still names every problem of a bad event', () => {
    const result = parseEvent(JSON.stringify({ ...concluded, sequence: 0, payload: { ...concluded.payload, result: 'maybe', extra: 1 } }));
    expect(result).toEqual({ ok: false, problem: 'invalid-envelope', reason: 'event.sequence must be ≥ 1' });
    const payload = parseEvent(JSON.stringify({ ...concluded, payload: { ...concluded.payload, result: 'maybe', extra: 1 } }));
    expect(payload).toEqual({ ok: false, problem: 'invalid-payload', reason: 'mediation.dispute.concluded v1: payload.result must be one of success, failure; payload.extra is not a known field' });
  });
});
