import { FieldSchema, ObjectSchema } from './openapi';

/** The instant every generated timestamp uses: equal times satisfy every "not before" rule of the API. */
export const BASE_INSTANT = '2019-06-03T10:15:00+08:00';

/**
 * A body the schema accepts: enums take their first value, timestamps `BASE_INSTANT`, numbers
 * their minimum (or 1), strings their documented example or a short text honouring the length
 * limits, arrays one item, booleans true. Optional fields are included too, so that their
 * variants are generated from a body where they are present.
 */
export function validBody(schema: ObjectSchema): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.properties)) body[name] = validValue(field, name);
  return body;
}

/** One valid value for a field schema. */
export function validValue(field: FieldSchema, name: string): unknown {
  switch (field.type) {
    case 'object':
      return validBody(field);
    case 'array':
      return Array.from({ length: Math.max(1, field.minItems ?? 1) }, (_, i) => (field.uniqueItems && field.items.type === 'string' && field.items.enum ? field.items.enum[i] : validValue(field.items, name)));
    case 'boolean':
      return true;
    case 'integer':
    case 'number':
      return field.minimum ?? (typeof field.example === 'number' ? field.example : 1);
    case 'string': {
      if (field.enum) return field.enum[0];
      if (field.format === 'date-time') return BASE_INSTANT;
      if (typeof field.example === 'string' && fitsLength(field.example, field)) return field.example;
      const text = `fuzz-${name}`;
      return text.slice(0, field.maxLength ?? text.length).padEnd(field.minLength ?? 1, 'x');
    }
  }
}

function fitsLength(value: string, field: { minLength?: number; maxLength?: number }): boolean {
  return value.length >= (field.minLength ?? 1) && value.length <= (field.maxLength ?? Infinity);
}
