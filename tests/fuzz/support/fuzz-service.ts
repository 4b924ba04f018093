import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RunningApp } from '../../support/apps';
import { FieldSchema, postOperations, PostOperation, withHints } from './openapi';
import { validBody } from './valid-body';
import { CrossFieldCase, fillPath, OperationPlan } from './variants';

/** What an override function can use: fresh unique text, shared setup state, valid bodies and creations. */
export interface FuzzContext {
  unique(prefix: string): string;
  /** Values the service's `prepare` step stored (e.g. the code of a committee made in setup). */
  state: Record<string, string>;
  /** A fresh valid body for an operation (overrides applied). */
  body(opKey: string): Record<string, unknown>;
  /** POSTs a fresh valid body to an operation; fails the setup unless answered 2xx. */
  post(opKey: string, params?: Record<string, string>): Promise<any>;
}

/** The per-operation facts the OpenAPI document cannot give. */
export interface OperationOverride {
  /** Schema facts the document leaves out (minItems, maxLength, pattern…), merged in at their field path. */
  hints?: Record<string, Partial<FieldSchema>>;
  /** Values merged onto the generated valid body: references to setup data, unique values, cross-field rules. */
  body?: (ctx: FuzzContext) => Record<string, unknown>;
  /** Operations (keys) run with valid bodies on the target first, to bring it into the state this one needs. */
  after?: string[];
  /** Creates the resource named by the path when the default (POST to the parent collection) cannot. */
  target?: (ctx: FuzzContext) => Promise<Record<string, string>>;
  crossField?: CrossFieldCase[];
}

export interface ServiceOverrides {
  /** Setup the whole service needs once (e.g. a committee for disputes to refer to). */
  prepare?: (ctx: FuzzContext) => Promise<void>;
  operations: Record<string, OperationOverride>;
}

/** One running service, its POST operations from its own OpenAPI document, and the means to set up valid targets. */
export class ServiceFuzzer implements FuzzContext {
  readonly state: Record<string, string> = {};
  readonly ops = new Map<string, PostOperation>();
  private counter = 0;

  private constructor(
    readonly name: string,
    readonly app: RunningApp,
    readonly schemaName: string,
    private readonly overrides: ServiceOverrides,
  ) {}

  /** Reads the service's /docs-json and runs its `prepare` step. */
  static async open(name: string, app: RunningApp, overrides: ServiceOverrides): Promise<ServiceFuzzer> {
    const doc = await app.http.get('/docs-json');
    if (doc.status !== 200) throw new Error(`${name}: GET /docs-json answered ${doc.status}`);
    const fuzzer = new ServiceFuzzer(name, app, app.app.get<string>('PLATFORM_SCHEMA'), overrides);
    for (const op of postOperations(doc.body)) {
      const hints = overrides.operations[op.key]?.hints;
      fuzzer.ops.set(op.key, { ...op, body: withHints(op.body, hints) });
    }
    for (const key of Object.keys(overrides.operations))
      if (!fuzzer.ops.has(key)) throw new Error(`${name}: override for ${key}, which the OpenAPI document does not list`);
    await overrides.prepare?.(fuzzer);
    return fuzzer;
  }

  get db(): DataSource {
    return this.app.app.get(DataSource);
  }

  unique(prefix: string): string {
    return `${prefix}-${++this.counter}-${randomUUID().slice(0, 8)}`;
  }

  body(opKey: string): Record<string, unknown> {
    const op = this.op(opKey);
    return { ...validBody(op.body), ...this.overrides.operations[opKey]?.body?.(this) };
  }

  async post(opKey: string, params: Record<string, string> = {}): Promise<any> {
    const op = this.op(opKey);
    const path = fillPath(op.path, params);
    const body = this.body(opKey);
    const res = await this.app.http.post(path, body, { 'Idempotency-Key': `setup-${randomUUID()}` });
    if (res.status < 200 || res.status >= 300)
      throw new Error(`${this.name} setup: POST ${path} ${JSON.stringify(body).slice(0, 300)} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** Path ids of a new resource in the state `opKey` acts on. */
  async target(opKey: string): Promise<Record<string, string>> {
    const op = this.op(opKey);
    if (op.pathParams.length === 0) return {};
    const override = this.overrides.operations[opKey];
    if (override?.target) return override.target(this);
    if (op.pathParams.length !== 1) throw new Error(`${this.name}: ${opKey} has several path ids; give it a target override`);
    // /v1/disputes/{id}/conclusion acts on what POST /v1/disputes creates.
    const parent = `POST ${op.path.slice(0, op.path.indexOf('/{'))}`;
    if (!this.ops.has(parent)) throw new Error(`${this.name}: no ${parent} to create the target of ${opKey}; give it a target override`);
    const created = await this.post(parent);
    const params = { [op.pathParams[0]]: String(created.id) };
    for (const step of override?.after ?? []) await this.post(step, params);
    return params;
  }

  /** The valid body, real target and cross-field cases of every POST operation. */
  async plans(): Promise<OperationPlan[]> {
    const plans: OperationPlan[] = [];
    for (const op of this.ops.values())
      plans.push({ op, schema: op.body, base: this.body(op.key), params: await this.target(op.key), crossField: this.overrides.operations[op.key]?.crossField });
    return plans;
  }

  private op(key: string): PostOperation {
    const op = this.ops.get(key);
    if (!op) throw new Error(`${this.name}: the OpenAPI document has no ${key}`);
    return op;
  }
}
