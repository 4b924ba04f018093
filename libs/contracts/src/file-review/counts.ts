import { Schema } from '../schema';

/**
 * A count for each of a fixed set of keys (e.g. problems by category): every key present, each a
 * whole number ≥ 0, and no other key. The payload then always has the same shape.
 */
export function countsOf<const K extends readonly string[]>(keys: K): Schema<Record<K[number], number>> {
  return {
    validate(v, path, errors) {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        errors.push(`${path} must be an object with a count for each of ${keys.join(', ')}`);
        return;
      }
      const record = v as Record<string, unknown>;
      for (const key of keys) {
        const n = record[key];
        if (!Object.hasOwn(record, key)) errors.push(`${path}.${key} is required`);
        else if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) errors.push(`${path}.${key} must be a whole number ≥ 0`);
      }
      for (const key of Object.keys(record)) if (!keys.includes(key)) errors.push(`${path}.${key} is not a known field`);
    },
  };
}
