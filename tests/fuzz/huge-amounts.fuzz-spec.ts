import { createPrivateTopics } from '../support/private-topics';
import { calendarDateIn, CASE_TOPICS, DEFAULT_TIME_ZONE, MAX_FEN } from '@casetrack/contracts';
import { createKafka } from '@casetrack/messaging';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startAdminReview } from '../support/admin-review-app';
import { RunningApp, startMediation, startReporting } from '../support/apps';
import { startFileReview } from '../support/file-review-app';
import { startLegalAffairs } from '../support/legal-affairs-app';
import { startPublicLegalServices } from '../support/public-legal-services-app';
import { startLegalAid } from '../support/legal-aid-app';
import { ADMIN_REVIEW_SETUP } from './support/admin-review-setup';
import { LEGAL_AFFAIRS_SETUP } from './support/legal-affairs-setup';
import { PUBLIC_LEGAL_SERVICES_SETUP } from './support/public-legal-services-setup';
import { startLegalEducation } from '../support/legal-education-app';
import { LEGAL_EDUCATION_SETUP } from './support/legal-education-setup';
import { eventually, TEST_KAFKA_BROKERS, uniqueDistrict } from '../support/test-env';
import { send } from './support/fuzz-run';
import { ServiceFuzzer, ServiceOverrides } from './support/fuzz-service';
import { leafName, Segment } from './support/mutations';
import { FieldSchema, NumberSchema, ObjectSchema } from './support/openapi';
import { BASE_INSTANT } from './support/valid-body';
import { fieldPath, fillPath, renderBody } from './support/variants';

jest.setTimeout(600_000);

// Issue 12 §3, "No input breaks a report": every integer field of every POST of every service (from
// its /docs-json) gets huge, unsafe, negative, fractional and textual numbers. Each is a 400 naming
// the field, or a 2xx for a whole number within the documented bounds; never a 5xx. Then the
// district's report, fed by whatever was accepted (amounts up to MAX_FEN), still answers 200 in
// every format, with the exact sum. The database is the shared test database, not the fuzz one:
// this suite writes accepted rows, which would break bad-input's "no table gained a row" check.

/** What to send to an integer field: either a JSON value or raw JSON text (numbers JSON.stringify cannot write). */
type Probe = { label: string; value: unknown } | { label: string; raw: string };

function probes(field: NumberSchema, name: string): Probe[] {
  const out: Probe[] = [
    { label: '2^53 − 1', value: Number.MAX_SAFE_INTEGER },
    { label: '2^53', value: 2 ** 53 },
    { label: '2^53 + 1 as written', raw: '9007199254740993' },
    { label: '1e308', value: 1e308 },
    { label: '400 digits as a number', raw: `1${'0'.repeat(400)}` },
    { label: '-1', value: -1 },
    { label: '1.5', value: 1.5 },
    { label: '"100"', value: '100' },
    { label: '400 digits as text', value: '9'.repeat(400) },
    { label: '2^31', value: 2 ** 31 },
  ];
  if (field.maximum !== undefined) out.push({ label: 'the documented maximum', value: field.maximum }, { label: 'the documented maximum + 1', value: field.maximum + 1 });
  if (name.endsWith('Fen')) out.push({ label: 'MAX_FEN', value: MAX_FEN }, { label: 'MAX_FEN + 1', value: MAX_FEN + 1 });
  return out;
}

/** Every integer field of a body schema, arrays entered at their first item. */
function integerLeaves(schema: ObjectSchema, at: Segment[] = []): { at: Segment[]; field: NumberSchema }[] {
  const out: { at: Segment[]; field: NumberSchema }[] = [];
  for (const [name, field] of Object.entries(schema.properties)) {
    let f: FieldSchema = field;
    let path: Segment[] = [...at, name];
    while (f.type === 'array') {
      path = [...path, 0];
      f = f.items;
    }
    if (f.type === 'object') out.push(...integerLeaves(f, path));
    else if (f.type === 'integer' || f.type === 'number') out.push({ at: path, field: f });
  }
  return out;
}

/** A whole number a field may accept: a safe integer within the bounds its OpenAPI schema documents. */
const withinDocumentedBounds = (v: unknown, f: NumberSchema) =>
  typeof v === 'number' && Number.isSafeInteger(v) && f.maximum !== undefined && v <= f.maximum && (f.minimum === undefined || v >= f.minimum);

// The setup part of bad-input's overrides (targets in the state each operation needs); its hints and
// cross-field cases are not needed here.
const OVERRIDES: Record<string, ServiceOverrides> = {
  mediation: {
    prepare: async (ctx) => {
      ctx.state.committeeCode = (await ctx.post('POST /v1/committees')).code;
    },
    operations: {
      'POST /v1/committees': { body: (ctx) => ({ code: ctx.unique('HA'), kind: 'professional', field: 'medical' }) },
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
      'POST /v1/campaigns': { body: (ctx) => ({ title: ctx.unique('huge amounts campaign') }) },
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

const SERVICES: { name: string; start: (district: string) => Promise<RunningApp> }[] = [
  { name: 'mediation', start: (d) => startMediation(d) },
  { name: 'legal-aid', start: (d) => startLegalAid(d) },
  { name: 'administrative-review', start: (d) => startAdminReview(d) },
  { name: 'file-review', start: (d) => startFileReview(d) },
  { name: 'legal-affairs', start: (d) => startLegalAffairs(d) },
  { name: 'public-legal-services', start: (d) => startPublicLegalServices(d) },
  { name: 'legal-education', start: (d) => startLegalEducation(d) },
];

describe('huge, unsafe and malformed numbers in every integer field', () => {
  const district = uniqueDistrict();
  const groupId = `test-${randomUUID()}`;
  const apps = new Map<string, RunningApp>();
  const fuzzers = new Map<string, ServiceFuzzer>();
  let reporting: RunningApp;

  beforeAll(async () => {
    await createPrivateTopics();
    reporting = await startReporting(district, groupId);
    for (const s of SERVICES) {
      const app = await s.start(district);
      apps.set(s.name, app);
      fuzzers.set(s.name, await ServiceFuzzer.open(s.name, app, OVERRIDES[s.name]));
    }
  });

  afterAll(async () => {
    await Promise.all([...apps.values()].map((a) => a.close()));
    await reporting?.close();
  });

  it.each(SERVICES.map((s) => s.name))('%s documents a maximum for every integer field, MAX_FEN for every money field', (name) => {
    const missing: string[] = [];
    for (const op of fuzzers.get(name)!.ops.values())
      for (const { at, field } of integerLeaves(op.body)) {
        const fieldName = leafName(at);
        if (field.maximum === undefined) missing.push(`${op.key} ${fieldPath(at)}: no maximum`);
        else if (fieldName.endsWith('Fen') && field.maximum !== MAX_FEN) missing.push(`${op.key} ${fieldPath(at)}: maximum ${field.maximum}, not MAX_FEN`);
      }
    expect(missing).toEqual([]);
  });

  it.each(SERVICES.map((s) => s.name))(
    '%s answers each with a 400 naming the field, or a 2xx for a whole number within the documented bounds, never a 5xx; a refusal writes no event',
    async (name) => {
      const fuzzer = fuzzers.get(name)!;
      const problems: string[] = [];
      let sent = 0;
      let accepted = 0;
      // One at a time, each on a fresh target: nothing else writes this district's outbox while a request is judged.
      const outboxRows = async () => Number((await fuzzer.db.query(`SELECT count(*) AS n FROM "${fuzzer.schemaName}".outbox WHERE value::jsonb->>'district' = $1`, [district]))[0].n);
      for (const op of fuzzer.ops.values())
        for (const { at, field } of integerLeaves(op.body))
          for (const probe of probes(field, leafName(at))) {
            const params = await fuzzer.target(op.key);
            const mutation = 'raw' in probe ? { kind: 'wrong-type' as const, label: '', at, raw: probe.raw } : { kind: 'wrong-type' as const, label: '', at, value: probe.value };
            const body = renderBody(fuzzer.body(op.key), [mutation]);
            const before = await outboxRows();
            const out = await send(fuzzer.app.url, { path: fillPath(op.path, params), headers: { 'content-type': 'application/json' }, body });
            sent++;
            const where = `${op.key} ${fieldPath(at)} = ${probe.label}`;
            const fail = (why: string) => problems.push(`${where} → ${out.status}: ${why} ${JSON.stringify(out.body)?.slice(0, 200)}`);
            if (out.transportError) fail(`no HTTP answer: ${out.transportError}`);
            else if (out.status >= 500) fail('server error');
            else if (out.status >= 200 && out.status < 300) {
              accepted++;
              if (!('value' in probe) || !withinDocumentedBounds(probe.value, field)) fail(`accepted, but not a whole number within [${field.minimum}, ${field.maximum}]`);
            } else if (out.status !== 400) fail('expected 400 or 2xx');
            else {
              const message = (out.body as { message?: unknown })?.message;
              if (typeof message !== 'string' || !message.includes(leafName(at))) fail(`message does not name ${leafName(at)}`);
              if ((await outboxRows()) !== before) fail('refused, but an event was written');
            }
          }
      expect(problems.length === 0 ? 'none' : `${problems.length} problem(s) in ${sent} requests:\n${problems.slice(0, 40).join('\n')}`).toBe('none');
      expect(sent).toBeGreaterThan(0);
      if (name === 'legal-aid') expect(accepted).toBeGreaterThan(0); // MAX_FEN closures and corrections went through
      if (name === 'legal-affairs') expect(accepted).toBeGreaterThan(0); // MAX_FEN contracts went through
    },
  );

  it('leaves a report that answers 200 in JSON, Markdown and CSV, with the exact sum of every accepted benefit', async () => {
    await settle(apps, reporting, district, groupId);
    const legalAid = fuzzers.get('legal-aid')!;
    const rows: { value: string }[] = await legalAid.db.query(
      `SELECT value FROM legal_aid.outbox WHERE value::jsonb->>'district' = $1 AND event_type IN ('legalaid.case.closed', 'legalaid.case.corrected')`,
      [district],
    );
    const year = calendarDateIn(DEFAULT_TIME_ZONE, BASE_INSTANT).year;
    let closed = 0;
    let benefit = 0n;
    for (const { value } of rows) {
      const e = JSON.parse(value);
      expect(calendarDateIn(DEFAULT_TIME_ZONE, e.payload.closedAt).year).toBe(year);
      if (e.type === 'legalaid.case.closed') {
        closed++;
        benefit += BigInt(e.payload.benefitFen);
      } else benefit += BigInt(e.payload.newBenefitFen) - BigInt(e.payload.oldBenefitFen);
    }
    expect(benefit).toBeGreaterThanOrEqual(BigInt(MAX_FEN)); // at least one closure or correction at MAX_FEN was accepted

    const json = await reporting.http.get(`/v1/reports/annual/${year}?district=${district}`);
    expect(json.status).toBe(200);
    expect(json.body.legalAid).toMatchObject({ closed, benefitFenText: benefit.toString(), benefitYuan: `${benefit / 100n}.${String(benefit % 100n).padStart(2, '0')}` });
    // The legal-affairs contracts accepted with amounts up to MAX_FEN are counted, each once, in their year.
    const contracts: { value: string }[] = await fuzzers.get('legal-affairs')!.db.query(
      `SELECT value FROM legal_affairs.outbox WHERE value::jsonb->>'district' = $1 AND event_type = 'legalaffairs.contract.submitted'`,
      [district],
    );
    const submitted = contracts.filter(({ value }) => calendarDateIn(DEFAULT_TIME_ZONE, JSON.parse(value).payload.submittedAt).year === year).length;
    expect(submitted).toBeGreaterThan(0);
    expect(json.body.legalAffairs.contractsSubmitted).toBe(submitted);
    for (const format of ['markdown', 'csv']) {
      const res = await reporting.http.get(`/v1/reports/annual/${year}?district=${district}&format=${format}`);
      expect([format, res.status]).toEqual([format, 200]);
      expect(res.body).toContain(benefit.toString());
    }
    const deadLetters = await reporting.app.get(DataSource).query(`SELECT count(*)::int AS n FROM dead_letters WHERE group_id = $1`, [groupId]);
    expect(deadLetters[0].n).toBe(0);
  });
});

/**
 * Waits until every event of the district is published (no unsent outbox row in any service) and
 * the reporting consumer has applied every case topic up to the end offsets taken after that.
 */
async function settle(apps: Map<string, RunningApp>, reporting: RunningApp, district: string, groupId: string): Promise<void> {
  const unsent = async () => {
    let n = 0;
    for (const app of apps.values()) {
      const schema = app.app.get<string>('PLATFORM_SCHEMA');
      const [row] = await app.app.get(DataSource).query(`SELECT count(*)::int AS n FROM "${schema}".outbox WHERE sent_at IS NULL AND value::jsonb->>'district' = $1`, [district]);
      n += row.n;
    }
    return n;
  };
  await eventually(unsent, (n) => n === 0, 120_000, 'every outbox row of the district to be published');
  const admin = createKafka({ brokers: TEST_KAFKA_BROKERS, clientId: 'huge-amounts-settle' }).admin();
  await admin.connect();
  let ends: { topic: string; partition: number; high: number }[];
  try {
    ends = (await Promise.all(CASE_TOPICS.map(async (topic) => (await admin.fetchTopicOffsets(topic)).map((p) => ({ topic, partition: p.partition, high: Number(p.high) }))))).flat();
  } finally {
    await admin.disconnect();
  }
  const behind = async () => {
    const rows: { topic: string; partition: number; next_offset: string }[] = await reporting.app.get(DataSource).query(
      `SELECT topic, partition, next_offset FROM consumer_offsets WHERE group_id = $1`,
      [groupId],
    );
    const at = new Map(rows.map((r) => [`${r.topic}/${r.partition}`, Number(r.next_offset)]));
    return ends.filter((e) => e.high > 0 && (at.get(`${e.topic}/${e.partition}`) ?? 0) < e.high).map((e) => `${e.topic}/${e.partition}`);
  };
  await eventually(behind, (b) => b.length === 0, 180_000, 'the reporting consumer to pass the end offsets of every case topic');
}
