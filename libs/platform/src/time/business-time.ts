import 'reflect-metadata';

const BUSINESS_TIMES = Symbol('casetrack:business-times');

/** Seconds a business time may lie ahead of the service clock (clerks' and servers' clocks drift). */
export const DEFAULT_BUSINESS_TIME_MAX_SKEW_SECONDS = 300;

/**
 * Marks a body property as a business time (when something happened: receivedAt, concludedAt, …).
 * The validation pipe refuses one later than the service clock's now plus the allowed skew.
 */
export function BusinessTime(): PropertyDecorator {
  return (target, key) => {
    const own: (string | symbol)[] = Reflect.getOwnMetadata(BUSINESS_TIMES, target) ?? [...(Reflect.getMetadata(BUSINESS_TIMES, target) ?? [])];
    Reflect.defineMetadata(BUSINESS_TIMES, [...own, key], target);
  };
}

function marked(value: object): (string | symbol)[] {
  return Reflect.getMetadata(BUSINESS_TIMES, Object.getPrototypeOf(value)) ?? [];
}

/**
 * Every business time of a validated body (nested objects and arrays included, named by path such as
 * `files[2].decidedAt`) that lies after `latest`. A field that is not a parseable string is left to
 * the field's own validator.
 */
export function businessTimesAfter(body: unknown, latest: Date, path = ''): { field: string; at: string }[] {
  const out: { field: string; at: string }[] = [];
  if (Array.isArray(body)) body.forEach((v, i) => out.push(...businessTimesAfter(v, latest, `${path}[${i}]`)));
  else if (body !== null && typeof body === 'object') {
    const times = new Set(marked(body));
    for (const [key, v] of Object.entries(body)) {
      const field = path === '' ? key : `${path}.${key}`;
      if (times.has(key)) {
        const at = typeof v === 'string' ? Date.parse(v) : NaN;
        if (!Number.isNaN(at) && at > latest.getTime()) out.push({ field, at: v as string });
      } else if (v !== null && typeof v === 'object') out.push(...businessTimesAfter(v, latest, field));
    }
  }
  return out;
}
