import { assertTestDatabase } from '@casetrack/persistence';
import { ServiceConfig } from '@casetrack/platform';
import { randomInt, randomUUID } from 'node:crypto';
import { runPool } from '../../scripts/load-2019/http-pool';
import { RunningApp } from '../support/apps';
import { uniqueDistrict } from '../support/test-env';
import { send } from './support/fuzz-run';
import { ServiceFuzzer, ServiceOverrides } from './support/fuzz-service';
import { ADMIN_REVIEW_SETUP } from './support/admin-review-setup';
import { LEGAL_AFFAIRS_SETUP } from './support/legal-affairs-setup';
import { PUBLIC_LEGAL_SERVICES_SETUP } from './support/public-legal-services-setup';
import { LEGAL_EDUCATION_SETUP } from './support/legal-education-setup';
import { Segment } from './support/mutations';
import { FieldSchema, ObjectSchema, StringSchema } from './support/openapi';
import { rowCounts } from './support/row-counts';
import { fieldPath, fillPath, renderBody } from './support/variants';

// Issue 12, "Nothing accepted is lost": every text field of every POST body, found in the services'
// own OpenAPI documents (a string with a maxLength and no enum, format or pattern: what @IsText
// documents), gets blank, white-space-only and control-character text (a 400 naming the field,
// nothing written) and astral-plane text at its maximum length (accepted: the HTTP layer counts
// code points as the event contracts do, and the outbox writer would refuse what they refuse).
//
// A database of its own (next to FUZZ_DATABASE_URL's): the accepted requests write rows, and the
// bad-input suite, which may run at the same time, counts whole tables of its database.
const FUZZ_URL = new URL(process.env.FUZZ_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/casetrack_fuzz_test');
FUZZ_URL.pathname = `${FUZZ_URL.pathname}_text_edges`;
const DATABASE_URL = FUZZ_URL.toString();
assertTestDatabase(DATABASE_URL);

/** Text no text field may take, whatever its length: [label, value]. Line breaks and tabs are left out (free text allows them). */
const REFUSED: [string, string][] = [
  ['empty', ''],
  ['a space', ' '],
  ['spaces', '     '],
  ['ideographic spaces', '\u3000\u3000'],
  ['tabs and line breaks only', '\t\r\n'],
  ['a non-breaking space', '\u00a0'],
  ['a zero-width space', '\u200b'],
  ['NUL', 'a\u0000b'],
  ['a C0 control (SOH)', 'a\u0001b'],
  ['a bell', 'a\u0007b'],
  ['an escape', '\u001b[31m'],
  ['DEL', 'a\u007fb'],
  ['a C1 control (NEL)', 'a\u0085b'],
  ['a C1 control (APC)', 'a\u009fb'],
  ['a lone surrogate', 'a\ud800b'],
];

/** `n` random CJK Extension B characters (U+20000…U+2A6DF, two UTF-16 units each); unique enough for unique fields. */
const astral = (n: number) => Array.from({ length: n }, () => String.fromCodePoint(randomInt(0x20000, 0x2a6e0))).join('');

const mediation: ServiceOverrides = {
  prepare: async (ctx) => {
    ctx.state.committeeCode = (await ctx.post('POST /v1/committees')).code;
  },
  operations: {
    'POST /v1/committees': { body: (ctx) => ({ code: ctx.unique('TE'), kind: 'professional', field: 'medical' }) },
    'POST /v1/disputes': { body: (ctx) => ({ committeeCode: ctx.state.committeeCode }) },
    'POST /v1/disputes/{id}/correction': { after: ['POST /v1/disputes/{id}/conclusion'], body: () => ({ result: 'failure' }) },
  },
};

const legalAid: ServiceOverrides = {
  operations: {
    'POST /v1/cases/{id}/assignment': { after: ['POST /v1/cases/{id}/acceptance'] },
    'POST /v1/cases/{id}/correction': {
      after: ['POST /v1/cases/{id}/acceptance', 'POST /v1/cases/{id}/assignment', 'POST /v1/cases/{id}/closure'],
      body: () => ({ benefitFen: 1 }),
    },
  },
};

const fileReview: ServiceOverrides = {
  operations: {
    'POST /v1/campaigns': { body: (ctx) => ({ title: ctx.unique('text-edges campaign') }) },
    'POST /v1/campaigns/{id}/draw': { after: ['POST /v1/campaigns/{id}/files'] },
    'POST /v1/files/{id}/review': {
      target: async (ctx) => {
        const { id } = await ctx.post('POST /v1/campaigns');
        await ctx.post('POST /v1/campaigns/{id}/files', { id });
        const draw = await ctx.post('POST /v1/campaigns/{id}/draw', { id });
        return { id: draw.files[0].id };
      },
    },
  },
};

type Start = (helper: any, district: string, config: Partial<ServiceConfig>) => Promise<RunningApp>;

interface Service {
  name: string;
  helper: string;
  start: Start;
  overrides: ServiceOverrides;
  /** Text fields whose value must name existing data (an unknown one is a 400 of its own): refused-text cases only. */
  references?: string[];
  /** Text fields the document must show, at least (`<operation> <field path>`): the walk cannot pass by finding none. */
  expected: string[];
}

const SERVICES: Service[] = [
  {
    name: 'mediation', helper: 'apps', start: (h, d, c) => h.startMediation(d, c), overrides: mediation, references: ['POST /v1/disputes committeeCode'],
    expected: ['POST /v1/committees name', 'POST /v1/disputes summary', 'POST /v1/disputes/{id}/withdrawal reason', 'POST /v1/disputes/{id}/correction reason'],
  },
  {
    name: 'legal-aid', helper: 'legal-aid-app', start: (h, d, c) => h.startLegalAid(d, c), overrides: legalAid,
    expected: ['POST /v1/cases applicantName', 'POST /v1/cases/{id}/assignment lawFirm', 'POST /v1/cases/{id}/assignment lawyer', 'POST /v1/cases/{id}/correction reason'],
  },
  {
    name: 'administrative-review', helper: 'admin-review-app', start: (h, d, c) => h.startAdminReview(d, undefined, c), overrides: ADMIN_REVIEW_SETUP,
    expected: [
      'POST /v1/reviews respondentAgency', 'POST /v1/reviews applicantName', 'POST /v1/reviews/{id}/rejection reason', 'POST /v1/lawsuits defendantAgency', 'POST /v1/lawsuits court',
      'POST /v1/lawsuits/{id}/judicial-suggestions court',
    ],
  },
  {
    name: 'file-review', helper: 'file-review-app', start: (h, d, c) => h.startFileReview(d, c), overrides: fileReview,
    expected: [
      'POST /v1/campaigns title', 'POST /v1/campaigns panel[0].name', 'POST /v1/campaigns/{id}/files files[0].agency', 'POST /v1/campaigns/{id}/files files[0].fileNumber',
      'POST /v1/campaigns/{id}/draw seed', 'POST /v1/files/{id}/review problems[0].description',
    ],
  },
  {
    name: 'legal-affairs', helper: 'legal-affairs-app', start: (h, d, c) => h.startLegalAffairs(d, c), overrides: LEGAL_AFFAIRS_SETUP,
    expected: ['POST /v1/documents unit', 'POST /v1/documents title', 'POST /v1/contracts title', 'POST /v1/engagements adviser', 'POST /v1/agenda-meetings subject',
      'POST /v1/cleanup-campaigns title', 'POST /v1/cleanup-campaigns/{id}/decisions document', 'POST /v1/units name', 'POST /v1/coordination-groups name', 'POST /v1/committee-meetings subject'],
  },
  {
    name: 'public-legal-services', helper: 'public-legal-services-app', start: (h, d, c) => h.startPublicLegalServices(d, c), overrides: PUBLIC_LEGAL_SERVICES_SETUP,
    expected: ['POST /v1/platforms name', 'POST /v1/service-records note', 'POST /v1/providers name', 'POST /v1/complaints summary'],
  },
  {
    name: 'legal-education', helper: 'legal-education-app', start: (h, d, c) => h.startLegalEducation(d, c), overrides: LEGAL_EDUCATION_SETUP,
    expected: ['POST /v1/exams title', 'POST /v1/contests title', 'POST /v1/works title', 'POST /v1/publicity-activities unit', 'POST /v1/publicity-activities subject',
      'POST /v1/media-items outlet', 'POST /v1/media-items headline', 'POST /v1/village-assessments village'],
  },
];

interface TextField {
  opKey: string;
  at: Segment[];
  field: StringSchema & { maxLength: number };
  /** `<operation> <field path>`. */
  name: string;
}

/** Every free text field of a body schema (arrays entered at their first item). */
function textFields(opKey: string, schema: ObjectSchema, at: Segment[] = []): TextField[] {
  const out: TextField[] = [];
  for (const [prop, sub] of Object.entries(schema.properties)) {
    let f: FieldSchema = sub;
    let path: Segment[] = [...at, prop];
    while (f.type === 'array') {
      path = [...path, 0];
      f = f.items;
    }
    if (f.type === 'object') out.push(...textFields(opKey, f, path));
    else if (f.type === 'string' && !f.enum && !f.format && !f.pattern && f.maxLength !== undefined)
      out.push({ opKey, at: path, field: f as TextField['field'], name: `${opKey} ${fieldPath(path)}` });
  }
  return out;
}

describe.each(SERVICES)('text edges in $name', (entry) => {
  let app: RunningApp;
  let fuzzer: ServiceFuzzer;
  let fields: TextField[];

  beforeAll(async () => {
    const helper = require(`../support/${entry.helper}`);
    app = await entry.start(helper, uniqueDistrict(), { databaseUrl: DATABASE_URL, relayEnabled: false });
    fuzzer = await ServiceFuzzer.open(entry.name, app, entry.overrides);
    fields = [...fuzzer.ops.values()].flatMap((op) => textFields(op.key, op.body));
  });

  afterAll(async () => {
    await app?.close();
  });

  const post = (opKey: string, params: Record<string, string>, at: Segment[], value: unknown) =>
    send(app.url, {
      path: fillPath(fuzzer.ops.get(opKey)!.path, params),
      headers: { 'content-type': 'application/json', 'idempotency-key': `text-edges-${randomUUID()}` },
      body: renderBody(fuzzer.body(opKey), [{ kind: 'string-length', label: '', at, value }]),
    });

  it('finds every text field of the POST bodies in the OpenAPI document', () => {
    expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(entry.expected));
  });

  it('answers blank, white-space-only, control-character and too-long text in every text field with a 400 naming the field, and writes nothing', async () => {
    // One target per operation, made before counting rows: a correct refusal changes nothing on it.
    const targets = new Map<string, Record<string, string>>();
    for (const opKey of new Set(fields.map((f) => f.opKey))) targets.set(opKey, await fuzzer.target(opKey));
    const before = await rowCounts(fuzzer.db, fuzzer.schemaName);
    const cases = fields.flatMap((f) => [...REFUSED, ['one character too long', astral(f.field.maxLength + 1)] as [string, string]].map(([label, value]) => ({ f, label, value })));
    const problems: string[] = [];
    await runPool(cases, 8, async ({ f, label, value }) => {
      const out = await post(f.opKey, targets.get(f.opKey)!, f.at, value);
      const named = ((out.body as { fields?: { field: string }[] })?.fields ?? []).map((x) => x.field);
      if (out.status !== 400 || !named.includes(fieldPath(f.at)))
        problems.push(`${f.name} = ${label} → ${out.status} ${JSON.stringify(out.body)?.slice(0, 200)}`);
    });
    expect(problems).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(entry.expected.length * REFUSED.length);
    expect(await rowCounts(fuzzer.db, fuzzer.schemaName)).toEqual(before);
  });

  it('accepts astral-plane text at the maximum length of every text field', async () => {
    const problems: string[] = [];
    const accepted = fields.filter((f) => !entry.references?.includes(f.name));
    await runPool(accepted, 4, async (f) => {
      const value = astral(f.field.maxLength);
      const out = await post(f.opKey, await fuzzer.target(f.opKey), f.at, value);
      if (out.status < 200 || out.status >= 300) problems.push(`${f.name} = ${f.field.maxLength} astral characters → ${out.status} ${JSON.stringify(out.body)?.slice(0, 300)}`);
    });
    expect(problems).toEqual([]);
    expect(accepted.length).toBeGreaterThanOrEqual(entry.expected.length - (entry.references?.length ?? 0));
  });
});
