import { randomUUID } from 'node:crypto';
import { Prng } from '../../../scripts/load-2019/prng';
import { fieldMutations, leafName, Mutation, Segment, VariantKind } from './mutations';
import { ObjectSchema, PostOperation } from './openapi';

/** One generated request and what a correct answer to it looks like. */
export interface Variant {
  kind: VariantKind;
  label: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** Statuses that count as a correct refusal. */
  expect: readonly number[];
  /** Words a 400's `message` must contain (the fields the request broke). */
  names: string[];
}

/** A rule the schema cannot express (e.g. `field` only for professional committees), broken on purpose. */
export interface CrossFieldCase {
  label: string;
  patch: Record<string, unknown>;
  /** Fields to leave out of the valid body. */
  omit?: string[];
  names: string[];
}

export interface OperationPlan {
  op: PostOperation;
  schema: ObjectSchema;
  /** A valid body for the target resource. */
  base: Record<string, unknown>;
  /** Real ids for the path parameters (a resource in the state the operation needs). */
  params: Record<string, string>;
  crossField?: CrossFieldCase[];
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** Fills the path template with ids. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);
}

/** The JSON text of `base` with the mutations applied (a raw mutation puts its text verbatim). */
export function renderBody(base: Record<string, unknown>, mutations: readonly Mutation[]): string {
  const body = structuredClone(base);
  const raws: [string, string][] = [];
  mutations.forEach((m, i) => {
    if (m.remove) return removeAt(body, m.at);
    if (m.raw !== undefined) {
      const placeholder = `__fuzz_raw_${i}__`;
      raws.push([`"${placeholder}"`, m.raw]);
      return setAt(body, m.at, placeholder);
    }
    setAt(body, m.at, m.value);
  });
  let text = JSON.stringify(body);
  for (const [placeholder, raw] of raws) text = text.replace(placeholder, raw);
  return text;
}

// defineProperty, so that `__proto__` becomes an own key of the JSON and not the object's prototype.
function setAt(root: unknown, at: Segment[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const seg of at.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
  Object.defineProperty(node, at[at.length - 1], { value, enumerable: true, writable: true, configurable: true });
}

function removeAt(root: unknown, at: Segment[]): void {
  let node = root as Record<string | number, unknown>;
  for (const seg of at.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
  delete node[at[at.length - 1]];
}

/** Every field-level mutation of an operation's body (the material of the systematic and random variants). */
export function bodyMutations(schema: ObjectSchema): Mutation[] {
  const out: Mutation[] = [];
  for (const [name, field] of Object.entries(schema.properties)) out.push(...fieldMutations(field, [name], schema.required.includes(name)));
  return out;
}

/** The systematic invalid requests of one operation: every mutation on its own, then body, transport and path attacks. */
export function systematicVariants(plan: OperationPlan): Variant[] {
  const { op, schema, base, params } = plan;
  const path = fillPath(op.path, params);
  const key = () => ({ 'idempotency-key': `fuzz-${randomUUID()}` });
  const json = (kind: VariantKind, label: string, body: string | Uint8Array, expect: number[] = [400], names: string[] = [], headers: Record<string, string> = {}): Variant => ({
    kind, label, path, headers: { ...JSON_HEADERS, ...key(), ...headers }, body, expect, names,
  });
  const out: Variant[] = [];

  for (const m of bodyMutations(schema)) out.push(json(m.kind, `${fieldPath(m.at)}: ${m.label}`, renderBody(base, [m]), m.expect ?? [400], [leafName(m.at)]));

  const firstField = Object.keys(schema.properties)[0];
  const extras: [string, unknown][] = [
    ['zzzUnknown', 1], ['id', randomUUID()], ['status', 'closed'], ['sequence', 1], ['district', '500106'], ['createdAt', '2019-06-03T10:15:00+08:00'],
    ['caseId', randomUUID()], [firstField.toUpperCase(), base[firstField]], [`${firstField} `, base[firstField]], ["x'; DROP TABLE x; --", 1], ['<script>', 1],
  ];
  for (const [name, value] of extras) out.push(json('extra-field', `extra field ${JSON.stringify(name)}`, renderBody(base, [{ kind: 'extra-field', label: '', at: [name], value }]), [400], [name.trim()]));
  out.push(json('extra-field', 'extra field "" (empty name)', renderBody(base, [{ kind: 'extra-field', label: '', at: [''], value: 1 }])));
  out.push(json('extra-field', '__proto__ key', renderBody(base, [{ kind: 'extra-field', label: '', at: ['__proto__'], raw: '{"polluted":true}' }])));
  out.push(json('extra-field', 'constructor.prototype key', renderBody(base, [{ kind: 'extra-field', label: '', at: ['constructor'], raw: '{"prototype":{"polluted":true}}' }])));

  const baseText = JSON.stringify(base);
  for (const [label, text] of [['null', 'null'], ['empty array', '[]'], ['array holding the valid body', `[${baseText}]`], ['number', '42'], ['string', '"text"'], ['true', 'true'], ['false', 'false']])
    out.push(json('whole-body', `body is ${label}`, text));
  out.push(json('whole-body', 'body is {}', '{}', [400], schema.required));
  out.push(json('whole-body', 'no body at all', ''));

  const malformed = [
    '{', '}', '{"a":', '{"a":1,}', "{'a':1}", '{a:1}', 'nul', 'undefined', '{"a":NaN}', '{"a":Infinity}', '{"a":01}', '{"a":.5}', '{"a":0x10}',
    '{"a":"\\x41"}', '{"a":"unterminated}', '\u0000', '\ufeff{}garbage', baseText.slice(0, -1), `${baseText}x`, `${baseText}}`, `${baseText},{}`,
    baseText.replace(/,/, ',,'), baseText.replace(/:/, '::'), `[${'['.repeat(10_000)}`,
  ];
  // A replacement that found nothing to replace would leave valid JSON: such a text is dropped.
  malformed.filter((text) => !parses(text)).forEach((text, i) => out.push(json('malformed-json', `malformed JSON #${i + 1}: ${text.slice(0, 30)}`, text)));

  for (const depth of [1_000, 5_000, 20_000])
    out.push(json('deep-nesting', `unknown field nested ${depth} arrays deep`, `${baseText.slice(0, -1)},"zzzDeep":${'['.repeat(depth)}${']'.repeat(depth)}}`, [400, 413]));
  const deepObject = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
  out.push(json('deep-nesting', 'unknown field nested 5000 objects deep', `${baseText.slice(0, -1)},"zzzDeep":${deepObject}}`, [400, 413]));
  if (firstField) out.push(json('deep-nesting', `${firstField} nested 5000 objects deep`, `${baseText.slice(0, -1)},"${firstField}":${deepObject}}`, [400, 413]));

  const types: [string, string | Uint8Array][] = [
    ['text/plain', baseText], ['application/x-www-form-urlencoded', 'a=1&b=2'], ['application/x-www-form-urlencoded', baseText],
    ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n`], ['application/xml', '<a>1</a>'],
    ['application/octet-stream', baseText], ['application/jsonx', baseText], ['text/json', baseText], ['text/html', '<p>1</p>'], ['image/png', baseText],
  ];
  for (const [type, body] of types) out.push({ ...json('content-type', `content type ${type}`, body, [400, 415]), headers: { 'content-type': type, ...key() } });
  out.push({ ...json('content-type', 'no content type', new TextEncoder().encode(baseText), [400, 415]), headers: key() });

  for (const size of [1_048_577, 5_000_000])
    out.push(json('body-too-large', `${size}-byte body`, `${baseText.slice(0, -1)},"zzzPad":"${'p'.repeat(size)}"}`, [413]));

  for (const [label, value] of [['201 characters', 'k'.repeat(201)], ['with a space', 'two words'], ['empty', '']])
    out.push(json('idempotency-key', `Idempotency-Key ${label}`, baseText, [400], ['Idempotency-Key'], { 'idempotency-key': value }));

  for (const param of op.pathParams) out.push(...pathVariants(plan, param, baseText));
  for (const c of plan.crossField ?? []) {
    const body: Record<string, unknown> = { ...base, ...c.patch };
    for (const f of c.omit ?? []) delete body[f];
    out.push(json('cross-field', c.label, JSON.stringify(body), [400, 409, 422], c.names));
  }
  return out;
}

function pathVariants(plan: OperationPlan, param: string, baseText: string): Variant[] {
  const real = plan.params[param];
  const bad = [
    'not-a-uuid', '12345', '0', '-1', 'null', 'undefined', real.slice(0, -1), `${real}a`, `${real.slice(0, -1)}g`, real.replace(/-/g, ''), `{${real}}`,
    ` ${real}`, "' OR '1'='1", '<script>alert(1)</script>', '%00', '..', '测试', 'x'.repeat(101), 'x'.repeat(5_000), `${real}; DROP TABLE x`,
  ];
  const variant = (kind: VariantKind, label: string, id: string, expect: number[]): Variant => ({
    kind, label, path: fillPath(plan.op.path, { ...plan.params, [param]: encodeURIComponent(id) }),
    headers: { ...JSON_HEADERS, 'idempotency-key': `fuzz-${randomUUID()}` }, body: baseText, expect, names: [param],
  });
  return [
    // 414 when the id is longer than the router allows in a path parameter.
    ...bad.map((id) => variant('path-not-uuid', `${param} = ${JSON.stringify(id.slice(0, 40))}`, id, [400, 404, 414])),
    variant('path-unknown-id', `${param} = a random UUID`, randomUUID(), [404]),
    variant('path-unknown-id', `${param} = another random UUID`, randomUUID(), [404]),
    variant('path-unknown-id', `${param} = nil UUID`, '00000000-0000-0000-0000-000000000000', [400, 404]),
    variant('path-unknown-id', `${param} = max UUID`, 'ffffffff-ffff-ffff-ffff-ffffffffffff', [400, 404]),
  ];
}

/**
 * `count` requests each breaking 2–4 different top-level fields at once, drawn with a seeded PRNG
 * from the operation's field-level mutations; the 400 must name every broken field.
 */
export function randomVariants(plan: OperationPlan, count: number, seed: string): Variant[] {
  const prng = new Prng(seed);
  // Only mutations answered with a plain 400 combine predictably (a 1 MB string may be a 413).
  const byField = new Map<string, Mutation[]>();
  for (const m of bodyMutations(plan.schema)) {
    // A NUL is refused before any other check, so the 400 names that field alone: tested on its own.
    if (m.expect || m.kind === 'nul-character') continue;
    const top = String(m.at[0]);
    byField.set(top, [...(byField.get(top) ?? []), m]);
  }
  const fields = [...byField.keys()];
  const path = fillPath(plan.op.path, plan.params);
  const out: Variant[] = [];
  for (let i = 0; i < count; i++) {
    const chosen = prng.shuffle(fields).slice(0, Math.min(fields.length, prng.int(2, 4)));
    const mutations = chosen.map((f) => prng.pick(byField.get(f)!));
    out.push({
      kind: 'random-combination',
      label: mutations.map((m) => `${fieldPath(m.at)}: ${m.label}`).join(' + '),
      path,
      headers: { ...JSON_HEADERS, 'idempotency-key': `fuzz-${randomUUID()}` },
      body: renderBody(plan.base, mutations),
      expect: [400],
      names: mutations.map((m) => leafName(m.at)),
    });
  }
  return out;
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** `files[0].decidedAt` for ['files', 0, 'decidedAt']. */
export function fieldPath(at: readonly Segment[]): string {
  return at.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
