import { runPool } from '../../../scripts/load-2019/http-pool';
import { send, Tally } from './fuzz-run';
import { ServiceFuzzer } from './fuzz-service';
import { leafName, Segment } from './mutations';
import { FieldSchema, ObjectSchema } from './openapi';
import { storedVerbatim } from './row-counts';
import { fieldPath, fillPath, renderBody } from './variants';

/** SQL and script fragments; a free-text field may store them (verbatim), any other field must refuse them. */
export const INJECTIONS = [
  "'; DROP TABLE x; --",
  '<script>alert(1)</script>',
  '" OR "1"="1',
  "Robert'); DELETE FROM outbox; --",
  '{{7*7}} ${7*7} <%= 7*7 %>',
  "\\'\\\" %s %n $1 ::text",
];

/** Unusual but well-formed values: the service may accept or refuse them, but never fail on them. */
const EDGE_STRINGS = ['   ', '😀 emoji 𠮷', 'مرحبا \u202e RTL', 'e\u0301 combining', 'bell \u0007', 'lone \ud800 surrogate', 'tab\tand\nnewline', '\u00a0nbsp\u00a0'];
const EDGE_DATES = [
  '0001-01-01T00:00:00Z', '0000-01-01T00:00:00Z', '1900-01-01T00:00:00+08:00', '1969-12-31T23:59:59Z', '2019-12-31T16:00:00Z',
  '2019-06-03T10:15:00.123456789+08:00', '2019-06-03T10:15:00-00:00', '9999-12-31T23:59:59-14:00', '2100-01-01T00:00:00+14:00',
];

interface Leaf {
  at: Segment[];
  field: FieldSchema;
}

/** Every scalar field of a body schema, arrays entered at their first item. */
function leaves(schema: ObjectSchema, at: Segment[] = []): Leaf[] {
  const out: Leaf[] = [];
  for (const [name, field] of Object.entries(schema.properties)) {
    let f = field;
    let path: Segment[] = [...at, name];
    while (f.type === 'array') {
      path = [...path, 0];
      f = f.items;
    }
    if (f.type === 'object') out.push(...leaves(f, path));
    else out.push({ at: path, field: f });
  }
  return out;
}

type HostileKind = 'injection-refused' | 'injection-free-text' | 'edge-value';

interface HostileCase {
  opKey: string;
  kind: HostileKind;
  label: string;
  at: Segment[];
  value: unknown;
  /** Refusal required (the field has an enum, a format or a pattern). */
  mustRefuse: boolean;
}

function cases(fuzzer: ServiceFuzzer): HostileCase[] {
  const out: HostileCase[] = [];
  for (const op of fuzzer.ops.values()) {
    for (const { at, field } of leaves(op.body)) {
      const where = fieldPath(at);
      if (field.type === 'string') {
        const constrained = Boolean(field.enum || field.format || field.pattern);
        INJECTIONS.forEach((fragment, i) => {
          const value = constrained ? fragment : `${fragment} #${i}-${fuzzer.unique('n')}`;
          if (field.maxLength !== undefined && value.length > field.maxLength) return;
          out.push({ opKey: op.key, kind: constrained ? 'injection-refused' : 'injection-free-text', label: `${where}: ${fragment}`, at, value, mustRefuse: constrained });
        });
        const edges = field.format === 'date-time' ? EDGE_DATES : field.enum ? [] : [...EDGE_STRINGS, ...(field.maxLength ? ['ab'.repeat(field.maxLength).slice(0, field.maxLength), '测'.repeat(field.maxLength)] : [])];
        for (const value of edges) out.push({ opKey: op.key, kind: 'edge-value', label: `${where}: ${JSON.stringify(value).slice(0, 40)}`, at, value, mustRefuse: false });
      } else if (field.type === 'integer' || field.type === 'number') {
        const values = new Set([field.minimum, field.maximum, Number.MAX_SAFE_INTEGER, 2147483647, 2147483648, 0].filter((v): v is number => v !== undefined));
        for (const value of values) out.push({ opKey: op.key, kind: 'edge-value', label: `${where}: ${value}`, at, value, mustRefuse: false });
      } else if (field.type === 'boolean') {
        out.push({ opKey: op.key, kind: 'edge-value', label: `${where}: false`, at, value: false, mustRefuse: false });
      }
    }
  }
  return out;
}

/**
 * Valid bodies carrying SQL/script fragments and edge values, each on a fresh target (so an
 * accepted one does not change what the next one meets). No answer may be a 5xx; a fragment in an
 * enum, timestamp or patterned field must be refused; one accepted in a free-text field must be
 * stored exactly as sent. Returns the problems found.
 */
export async function runHostile(fuzzer: ServiceFuzzer, tally: Tally, concurrency = 8): Promise<string[]> {
  const problems: string[] = [];
  await runPool(cases(fuzzer), concurrency, async (c) => {
    const op = fuzzer.ops.get(c.opKey)!;
    const params = await fuzzer.target(c.opKey);
    const body = renderBody(fuzzer.body(c.opKey), [{ kind: 'wrong-type', label: '', at: c.at, value: c.value }]);
    // No Idempotency-Key: its stored response would hold the value too and hide a missing business row.
    const out = await send(fuzzer.app.url, { path: fillPath(op.path, params), headers: { 'content-type': 'application/json' }, body });
    tally.count(fuzzer.name, c.kind, out.status);
    const fail = (why: string) => problems.push(`[${fuzzer.name}/${c.kind}] ${c.opKey} ${c.label} → ${out.status}: ${why} ${JSON.stringify(out.body)?.slice(0, 200)}`);
    if (out.transportError) return void fail(`no HTTP answer: ${out.transportError}`);
    if (out.status >= 500) return void fail('server error');
    const accepted = out.status >= 200 && out.status < 300;
    if (!accepted && !(out.status >= 400 && out.status < 500)) return void fail('neither 2xx nor 4xx');
    if (accepted && c.mustRefuse) return void fail(`accepted a fragment in ${leafName(c.at)}, which allows only ${JSON.stringify(op.body.properties[String(c.at[0])])}`);
    if (accepted && c.kind === 'injection-free-text' && !(await storedVerbatim(fuzzer.db, fuzzer.schemaName, c.value as string)) && !(await readBackInFull(fuzzer, out.body, c.value as string)))
      return void fail('accepted but not stored verbatim');
    if (!accepted && typeof (out.body as { message?: unknown })?.message !== 'string') fail('refusal without a message');
  });
  return problems;
}

/**
 * Personal data is encrypted at rest (no table holds it verbatim): read it back through the case's
 * personal-data endpoint, which decrypts it, when the service has one.
 */
async function readBackInFull(fuzzer: ServiceFuzzer, created: unknown, value: string): Promise<boolean> {
  const id = (created as { id?: unknown } | undefined)?.id;
  const collection = { 'legal-aid': '/v1/cases', 'administrative-review': '/v1/reviews' }[fuzzer.name];
  if (typeof id !== 'string' || !collection) return false;
  const res = await fuzzer.app.http.get(`${collection}/${id}/personal-data`);
  return res.status === 200 && Object.values(res.body as Record<string, unknown>).includes(value);
}
