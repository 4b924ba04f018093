import { assertTestDatabase, ensureDatabase } from '@casetrack/persistence';
import { ServiceConfig } from '@casetrack/platform';
import { randomUUID } from 'node:crypto';
import { startAdminReview } from '../support/admin-review-app';
import { RunningApp, startMediation } from '../support/apps';
import { startFileReview } from '../support/file-review-app';
import { startLegalAffairs } from '../support/legal-affairs-app';
import { startPublicLegalServices } from '../support/public-legal-services-app';
import { startLegalAid } from '../support/legal-aid-app';
import { ADMIN_REVIEW_SETUP } from './support/admin-review-setup';
import { LEGAL_AFFAIRS_SETUP } from './support/legal-affairs-setup';
import { PUBLIC_LEGAL_SERVICES_SETUP } from './support/public-legal-services-setup';
import { startLegalEducation } from '../support/legal-education-app';
import { LEGAL_EDUCATION_SETUP } from './support/legal-education-setup';
import { SettableClock } from '../support/settable-clock';
import { uniqueDistrict } from '../support/test-env';
import { runPool } from '../../scripts/load-2019/http-pool';
import { send, Tally } from './support/fuzz-run';
import { ServiceFuzzer, ServiceOverrides } from './support/fuzz-service';
import { Segment } from './support/mutations';
import { ObjectSchema } from './support/openapi';
import { rowCounts, RowCounts } from './support/row-counts';
import { fieldPath, fillPath, OperationPlan, renderBody } from './support/variants';

// Issue 12 §4, "Malformed input is a 4xx everywhere", at the transport: for every POST operation of
// every service (from its own /docs-json), bodies in foreign content types (415 naming the type),
// bodies over the 1 MiB limit (413) and business times later than the service's pinned clock plus
// the skew (400 naming the field). None may be a 5xx, and none may write a row or an event.
//
// Its own database (FUZZ_DATABASE_URL's name + "_transport"): "no table gained a row" counts whole
// tables, which the bad-input fuzz suite, running beside this one, changes in its own database.
const FUZZ_URL = process.env.FUZZ_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/casetrack_fuzz_test';
const DATABASE_URL = process.env.TRANSPORT_FUZZ_DATABASE_URL ?? Object.assign(new URL(FUZZ_URL), { pathname: `${new URL(FUZZ_URL).pathname}_transport` }).toString();
assertTestDatabase(DATABASE_URL);

/** The services' clock: the first instant of 2020 in Chongqing (the valid bodies' times are in June 2019). */
const NOW = '2020-01-01T00:00:00+08:00';
const SKEW_SECONDS = 300;
const at = (secondsAfterNow: number) => new Date(Date.parse(NOW) + secondsAfterNow * 1000).toISOString();
const FUTURE_TIMES = [
  ['one second beyond the skew', '2020-01-01T00:05:01+08:00'],
  ['one second beyond the skew, in UTC', at(SKEW_SECONDS + 1)],
  ['2091 typed for 2019', '2091-06-03T10:15:00+08:00'],
  ['the last instant a report can be read for', '2200-12-31T23:59:59+08:00'],
] as const;

const FOREIGN_TYPES: [string, string][] = [
  ['text/plain', '{"a":1}'],
  ['text/plain; charset=utf-8', '{"a":1}'],
  ['application/xml', '<a>1</a>'],
  ['text/xml', '<a>1</a>'],
  ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n'],
  ['application/x-www-form-urlencoded', 'a=1&b=2'],
  ['application/octet-stream', '{"a":1}'],
  ['text/csv', 'agency,fileNumber\nx,y\n'],
  ['application/jsonx', '{"a":1}'],
  ['text/json', '{"a":1}'],
  ['image/png', '\u0089PNG'],
];
/** Operations where a time at the clock plus the skew breaks a rule of their own (an extension must come before the review's deadline). */
const EXPECTED_AT_SKEW: Record<string, unknown> = { 'POST /v1/reviews/{id}/extension': expect.stringMatching(/^(400|409) .*extendedAt/) };
const SIZES = [1024 * 1024 + 1, 2 * 1024 * 1024, 5 * 1024 * 1024];

// The setup facts the OpenAPI documents cannot give (which committee a dispute names, what state an
// operation needs); the same as the bad-input suite's, without its validation hints.
const OVERRIDES: Record<string, ServiceOverrides> = {
  mediation: {
    prepare: async (ctx) => {
      ctx.state.committeeCode = (await ctx.post('POST /v1/committees')).code;
    },
    operations: {
      'POST /v1/committees': { body: (ctx) => ({ code: ctx.unique('TR'), kind: 'professional', field: 'medical' }) },
      'POST /v1/disputes': { body: (ctx) => ({ committeeCode: ctx.state.committeeCode }) },
      'POST /v1/disputes/{id}/correction': { after: ['POST /v1/disputes/{id}/conclusion'], body: () => ({ result: 'failure' }) },
    },
  },
  'legal-aid': {
    operations: {
      'POST /v1/cases/{id}/assignment': { after: ['POST /v1/cases/{id}/acceptance'] },
      'POST /v1/cases/{id}/closure': { after: ['POST /v1/cases/{id}/acceptance', 'POST /v1/cases/{id}/assignment'] },
      'POST /v1/cases/{id}/correction': {
        after: ['POST /v1/cases/{id}/acceptance', 'POST /v1/cases/{id}/assignment', 'POST /v1/cases/{id}/closure'],
        body: () => ({ benefitFen: 1 }),
      },
    },
  },
  'administrative-review': ADMIN_REVIEW_SETUP,
  'legal-affairs': LEGAL_AFFAIRS_SETUP,
  'public-legal-services': PUBLIC_LEGAL_SERVICES_SETUP,
  'legal-education': LEGAL_EDUCATION_SETUP,
  'file-review': {
    operations: {
      'POST /v1/campaigns': { body: (ctx) => ({ title: ctx.unique('transport campaign') }) },
      'POST /v1/campaigns/{id}/draw': { after: ['POST /v1/campaigns/{id}/files'] },
      'POST /v1/files/{id}/review': {
        target: async (ctx) => {
          const { id } = await ctx.post('POST /v1/campaigns');
          await ctx.post('POST /v1/campaigns/{id}/files', { id });
          const draw = await ctx.post('POST /v1/campaigns/{id}/draw', { id });
          return { id: draw.files[0].id };
        },
      },
      'POST /v1/campaigns/{id}/notice': { after: ['POST /v1/campaigns/{id}/files', 'POST /v1/campaigns/{id}/draw'] },
    },
  },
};

type Start = (district: string, config: Partial<ServiceConfig>, clock: SettableClock) => Promise<RunningApp>;
const SERVICES: { name: string; start: Start }[] = [
  { name: 'mediation', start: (d, c, clock) => startMediation(d, c, clock) },
  { name: 'legal-aid', start: (d, c, clock) => startLegalAid(d, c, clock) },
  { name: 'administrative-review', start: (d, c, clock) => startAdminReview(d, clock, c) },
  { name: 'file-review', start: (d, c, clock) => startFileReview(d, c, clock) },
  { name: 'legal-affairs', start: (d, c, clock) => startLegalAffairs(d, c, clock) },
  { name: 'public-legal-services', start: (d, c, clock) => startPublicLegalServices(d, c, clock) },
  { name: 'legal-education', start: (d, c, clock) => startLegalEducation(d, c, clock) },
];

/** Every business-time field of a body schema (a date-time, or a string named …At), arrays entered at their first item. */
function timeFields(schema: ObjectSchema, prefix: Segment[] = []): Segment[][] {
  const out: Segment[][] = [];
  for (const [name, field] of Object.entries(schema.properties)) {
    let f = field;
    let path: Segment[] = [...prefix, name];
    while (f.type === 'array') {
      path = [...path, 0];
      f = f.items;
    }
    if (f.type === 'object') out.push(...timeFields(f, path));
    else if (f.type === 'string' && (f.format === 'date-time' || /At$/.test(name))) out.push(path);
  }
  return out;
}

interface Probe {
  kind: 'content-type' | 'body-too-large' | 'future-time';
  label: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  status: number;
  code: string;
  /** Text the message must hold (the content type, the limit, the field). */
  names: string;
}

function probes(plan: OperationPlan): Probe[] {
  const path = fillPath(plan.op.path, plan.params);
  const key = () => ({ 'idempotency-key': `transport-${randomUUID()}` });
  const base = JSON.stringify(plan.base);
  const out: Probe[] = [];
  for (const [type, body] of FOREIGN_TYPES)
    out.push({ kind: 'content-type', label: type, path, headers: { 'content-type': type, ...key() }, body, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', names: type });
  out.push({ kind: 'content-type', label: 'no content type', path, headers: key(), body: new TextEncoder().encode(base), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', names: 'without a Content-Type' });
  for (const size of SIZES)
    out.push({
      kind: 'body-too-large', label: `${size}-byte body`, path, headers: { 'content-type': 'application/json', ...key() },
      body: `${base.slice(0, -1)},"zzzPad":"${'p'.repeat(size - base.length)}"}`, status: 413, code: 'PAYLOAD_TOO_LARGE', names: '1 MiB',
    });
  for (const at of timeFields(plan.schema))
    for (const [label, value] of FUTURE_TIMES)
      out.push({
        kind: 'future-time', label: `${fieldPath(at)}: ${label}`, path, headers: { 'content-type': 'application/json', ...key() },
        body: renderBody(plan.base, [{ kind: 'wrong-type', label: '', at, value }]), status: 400, code: 'VALIDATION_FAILED', names: `${fieldPath(at)} must not be in the future`,
      });
  return out;
}

const tally = new Tally();

afterAll(() => console.log(`transport fuzz (clock pinned at ${NOW}, skew ${SKEW_SECONDS} s)\n${tally.table()}`));

describe.each(SERVICES)('the transport of $name', (entry) => {
  const clock = new SettableClock(NOW);
  let app: RunningApp;
  let fuzzer: ServiceFuzzer;
  let plans: OperationPlan[];
  let afterSetup: RowCounts;

  beforeAll(async () => {
    await ensureDatabase(DATABASE_URL);
    app = await entry.start(uniqueDistrict(), { databaseUrl: DATABASE_URL, relayEnabled: false, businessTimeMaxSkewSeconds: SKEW_SECONDS }, clock);
    fuzzer = await ServiceFuzzer.open(entry.name, app, OVERRIDES[entry.name]);
    plans = await fuzzer.plans();
    // The control: each operation's valid body is accepted on a target of its own, or a refusal proves nothing.
    for (const p of plans) await fuzzer.post(p.op.key, await fuzzer.target(p.op.key));
    afterSetup = await rowCounts(fuzzer.db, fuzzer.schemaName);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers foreign content types with 415, oversized bodies with 413 and future business times with 400, each naming the problem, never a 5xx', async () => {
    const all = plans.flatMap(probes);
    const problems: string[] = [];
    await runPool(all, 8, async (p) => {
      const out = await send(app.url, p);
      tally.count(entry.name, p.kind, out.status);
      const body = out.body as { statusCode?: number; code?: string; message?: unknown; error?: unknown } | undefined;
      const fail = (why: string) => problems.push(`[${p.kind}] ${p.path} ${p.label} → ${out.status}: ${why} ${JSON.stringify(out.body)?.slice(0, 200)}`);
      if (out.transportError) return void fail(`no HTTP answer: ${out.transportError}`);
      if (out.status !== p.status) return void fail(`expected ${p.status}`);
      if (body?.statusCode !== p.status || body.code !== p.code || typeof body.error !== 'string') return void fail(`expected the error body shape with code ${p.code}`);
      if (typeof body.message !== 'string' || !body.message.includes(p.names)) fail(`message does not say ${JSON.stringify(p.names)}`);
    });
    expect(problems.length === 0 ? 'none' : `${problems.length} problem(s):\n${problems.slice(0, 40).join('\n')}`).toBe('none');
    expect(all.filter((p) => p.kind === 'future-time').length).toBeGreaterThan(0);
  });

  it('writes no row and no event for any of them', async () => {
    expect(await rowCounts(fuzzer.db, fuzzer.schemaName)).toEqual(afterSetup);
  });

  it('accepts business times up to exactly the clock plus the skew, on a fresh target of every operation that has them', async () => {
    const timed = plans.filter((p) => timeFields(p.schema).length > 0);
    expect(timed.length).toBeGreaterThan(0);
    const answers: Record<string, string> = {};
    for (const p of timed) {
      const params = await fuzzer.target(p.op.key);
      const body = renderBody(fuzzer.body(p.op.key), timeFields(p.schema).map((at) => ({ kind: 'wrong-type' as const, label: '', at, value: '2020-01-01T00:05:00+08:00' })));
      const out = await send(app.url, { path: fillPath(p.op.path, params), headers: { 'content-type': 'application/json' }, body });
      answers[p.op.key] = out.status === 200 || out.status === 201 ? 'accepted' : `${out.status} ${JSON.stringify(out.body)}`;
    }
    expect(answers).toEqual(Object.fromEntries(timed.map((p) => [p.op.key, EXPECTED_AT_SKEW[p.op.key] ?? 'accepted'])));
  });
});
