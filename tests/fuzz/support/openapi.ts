/**
 * Reads a service's OpenAPI document (GET /docs-json) into the few facts the fuzzer needs: every
 * POST operation with its path parameters and its request body schema, `$ref`s resolved.
 */

export type FieldSchema = StringSchema | NumberSchema | BooleanSchema | ArraySchema | ObjectSchema;

export interface StringSchema {
  type: 'string';
  enum?: string[];
  /** `date-time` from the document, or inferred (see `isTimestampField`). */
  format?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  example?: unknown;
}

export interface NumberSchema {
  type: 'integer' | 'number';
  minimum?: number;
  maximum?: number;
  example?: unknown;
}

export interface BooleanSchema {
  type: 'boolean';
}

export interface ArraySchema {
  type: 'array';
  items: FieldSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
}

export interface ObjectSchema {
  type: 'object';
  properties: Record<string, FieldSchema>;
  required: string[];
}

export interface PostOperation {
  /** `POST /v1/disputes/{id}/conclusion`: the key of the override table. */
  key: string;
  path: string;
  pathParams: string[];
  body: ObjectSchema;
}

type Json = Record<string, any>;

/** Every POST operation of the document that takes a JSON body, in document order. */
export function postOperations(doc: Json): PostOperation[] {
  const ops: PostOperation[] = [];
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    const post = item.post;
    const schema = post?.requestBody?.content?.['application/json']?.schema;
    if (!schema) continue;
    const body = toFieldSchema(doc, schema, '');
    if (body.type !== 'object') throw new Error(`POST ${path}: request body is not an object schema`);
    const pathParams = ((post.parameters ?? []) as Json[]).filter((p) => p.in === 'path').map((p) => p.name as string);
    ops.push({ key: `POST ${path}`, path, pathParams, body });
  }
  return ops;
}

function resolve(doc: Json, schema: Json): Json {
  let s = schema;
  for (let guard = 0; s.$ref; guard++) {
    if (guard > 20) throw new Error(`$ref cycle at ${schema.$ref}`);
    const name = String(s.$ref).replace('#/components/schemas/', '');
    s = doc.components?.schemas?.[name];
    if (!s) throw new Error(`unresolvable $ref ${schema.$ref}`);
  }
  // Nest's swagger module wraps some refs in allOf: [{ $ref }].
  if (Array.isArray(s.allOf) && s.allOf.length === 1) return { ...resolve(doc, s.allOf[0]), ...s, allOf: undefined };
  return s;
}

function toFieldSchema(doc: Json, raw: Json, name: string): FieldSchema {
  const s = resolve(doc, raw);
  const type = s.type ?? (s.properties ? 'object' : s.enum ? 'string' : undefined);
  switch (type) {
    case 'object': {
      const properties: Record<string, FieldSchema> = {};
      for (const [prop, sub] of Object.entries<Json>(s.properties ?? {})) properties[prop] = toFieldSchema(doc, sub, prop);
      return { type: 'object', properties, required: s.required ?? [] };
    }
    case 'array':
      return {
        type: 'array',
        items: toFieldSchema(doc, s.items ?? {}, name),
        minItems: s.minItems,
        maxItems: s.maxItems,
        uniqueItems: s.uniqueItems,
      };
    case 'integer':
    case 'number':
      return { type, minimum: s.minimum, maximum: s.maximum, example: s.example };
    case 'boolean':
      return { type: 'boolean' };
    case 'string':
      return {
        type: 'string',
        enum: s.enum,
        format: s.format ?? (isTimestampField(name, s.example) ? 'date-time' : undefined),
        minLength: s.minLength,
        maxLength: s.maxLength,
        pattern: s.pattern,
        example: s.example,
      };
    default:
      throw new Error(`field ${name || '(body)'}: unsupported schema ${JSON.stringify(s)}`);
  }
}

// Some timestamp fields are documented without `format: date-time`; in this API every business
// timestamp is named `…At` and carries an ISO example, so either says "timestamp" reliably.
function isTimestampField(name: string, example: unknown): boolean {
  return /At$/.test(name) || (typeof example === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}.*(Z|[+-]\d{2}:\d{2})$/.test(example));
}

/** Copies `schema` with the facts in `hints` merged in at their field paths (`files`, `files[].agency`). */
export function withHints(schema: ObjectSchema, hints: Record<string, Partial<FieldSchema>> = {}): ObjectSchema {
  const copy = structuredClone(schema);
  for (const [path, hint] of Object.entries(hints)) {
    let node: FieldSchema = copy;
    for (const part of path.split('.')) {
      const [prop, items] = [part.replace('[]', ''), part.endsWith('[]')];
      if (node.type !== 'object' || !node.properties[prop]) throw new Error(`hint for unknown field ${path}`);
      node = node.properties[prop];
      if (items) {
        if (node.type !== 'array') throw new Error(`hint ${path}: ${prop} is not an array`);
        node = node.items;
      }
    }
    Object.assign(node, hint);
  }
  return copy;
}
