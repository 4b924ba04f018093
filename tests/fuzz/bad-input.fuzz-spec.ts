import { assertTestDatabase } from '@casetrack/persistence';
import { ServiceConfig } from '@casetrack/platform';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RunningApp } from '../support/apps';
import { uniqueDistrict } from '../support/test-env';
import { describeViolations, runVariants, Tally } from './support/fuzz-run';
import { ServiceFuzzer, ServiceOverrides } from './support/fuzz-service';
import { runHostile } from './support/hostile';
import { rowCounts, RowCounts } from './support/row-counts';
import { ADMIN_REVIEW_SETUP } from './support/admin-review-setup';
import { PUBLIC_LEGAL_SERVICES_SETUP } from './support/public-legal-services-setup';
import { BASE_INSTANT } from './support/valid-body';
import { randomVariants, systematicVariants, Variant } from './support/variants';

// Issue 9, "Bad input": for every POST operation of every service, invalid requests generated from
// the service's own OpenAPI document. Each must get a 4xx whose message names the problem, none a
// 5xx, and none may write a row or an event.
//
// Its own database: the check "no table of the schema gained a row" counts whole tables, which
// other suites running at the same time in casetrack_test would change under it.
const DATABASE_URL = process.env.FUZZ_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/casetrack_fuzz_test';
assertTestDatabase(DATABASE_URL);
const SEED = process.env.FUZZ_SEED ?? 'casetrack-bad-input';
const MIN_REQUESTS = 5_000;
/** Random multi-field requests per operation, at least; more when the services present are few. */
const MIN_RANDOM_PER_OPERATION = Number(process.env.FUZZ_RANDOM_PER_OPERATION ?? 50);

const BEFORE_BASE = '2019-06-03T10:14:59+08:00';

// ---------------------------------------------------------------------------------------------
// What the OpenAPI documents cannot say: setup references, cross-field rules, the states an
// operation needs, and validator facts the documents leave out (hints; worth adding to the DTOs'
// @ApiProperty). Everything else is generated from /docs-json.
// ---------------------------------------------------------------------------------------------

const mediation: ServiceOverrides = {
  prepare: async (ctx) => {
    ctx.state.committeeCode = (await ctx.post('POST /v1/committees')).code;
  },
  operations: {
    'POST /v1/committees': {
      hints: { code: { pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$', maxLength: 50 }, name: { maxLength: 200 } },
      // A professional committee is the one kind where every optional field is present.
      body: (ctx) => ({ code: ctx.unique('FZ'), kind: 'professional', field: 'medical' }),
      crossField: [
        { label: 'field on a community committee', patch: { kind: 'community' }, names: ['field'] },
        { label: 'professional committee without field', patch: {}, omit: ['field'], names: ['field'] },
      ],
    },
    'POST /v1/disputes': {
      hints: { committeeCode: { maxLength: 50 } },
      body: (ctx) => ({ committeeCode: ctx.state.committeeCode }),
      crossField: [{ label: 'unknown committee', patch: { committeeCode: 'NO-SUCH-COMMITTEE' }, names: ['committeeCode'] }],
    },
    'POST /v1/disputes/{id}/conclusion': {
      crossField: [
        { label: 'concluded before received', patch: { concludedAt: BEFORE_BASE }, names: ['concludedAt'] },
        { label: 'agreement on a failure', patch: { result: 'failure' }, names: ['agreement'] },
      ],
    },
    'POST /v1/disputes/{id}/withdrawal': {
      crossField: [{ label: 'withdrawn before received', patch: { withdrawnAt: BEFORE_BASE }, names: ['withdrawnAt'] }],
    },
    // Only a concluded dispute can be corrected, and only to the other result.
    'POST /v1/disputes/{id}/correction': { after: ['POST /v1/disputes/{id}/conclusion'], body: () => ({ result: 'failure' }) },
  },
};

const legalAid: ServiceOverrides = {
  operations: {
    'POST /v1/cases': {
      hints: { applicantGroups: { minItems: 1, maxItems: 8, uniqueItems: true }, applicantIdNumber: { pattern: '^[0-9]{17}[0-9X]$' } },
      crossField: [{ label: 'identity number with a wrong check digit', patch: { applicantIdNumber: '110105194912310021' }, names: ['applicantIdNumber'] }],
    },
    'POST /v1/cases/{id}/acceptance': { crossField: [{ label: 'accepted before applied', patch: { acceptedAt: BEFORE_BASE }, names: ['acceptedAt'] }] },
    'POST /v1/cases/{id}/rejection': { crossField: [{ label: 'rejected before applied', patch: { rejectedAt: BEFORE_BASE }, names: ['rejectedAt'] }] },
    'POST /v1/cases/{id}/assignment': {
      after: ['POST /v1/cases/{id}/acceptance'],
      crossField: [{ label: 'assigned before accepted', patch: { assignedAt: BEFORE_BASE }, names: ['assignedAt'] }],
    },
    'POST /v1/cases/{id}/closure': {
      after: ['POST /v1/cases/{id}/acceptance', 'POST /v1/cases/{id}/assignment'],
      crossField: [{ label: 'closed before assigned', patch: { closedAt: BEFORE_BASE }, names: ['closedAt'] }],
    },
    // Only a closed case's benefit can be corrected, and only to another amount than the closure's.
    'POST /v1/cases/{id}/correction': {
      after: ['POST /v1/cases/{id}/acceptance', 'POST /v1/cases/{id}/assignment', 'POST /v1/cases/{id}/closure'],
      body: () => ({ benefitFen: 1 }),
    },
  },
};

const setup = (key: string) => ADMIN_REVIEW_SETUP.operations[key];
const adminReview: ServiceOverrides = {
  operations: {
    'POST /v1/reviews': { hints: { respondentAgency: { maxLength: 200 }, applicantPhone: { pattern: '^[0-9+() -]{3,30}$' } } },
    'POST /v1/reviews/{id}/acceptance': { crossField: [{ label: 'accepted before received', patch: { acceptedAt: BEFORE_BASE }, names: ['acceptedAt'] }] },
    'POST /v1/reviews/{id}/rejection': { crossField: [{ label: 'rejected before received', patch: { rejectedAt: BEFORE_BASE }, names: ['rejectedAt'] }] },
    'POST /v1/reviews/{id}/extension': {
      after: ['POST /v1/reviews/{id}/acceptance'],
      crossField: [
        { label: 'extended before accepted', patch: { extendedAt: BEFORE_BASE }, names: ['extendedAt'] },
        { label: 'extended after the deadline', patch: { extendedAt: '2019-12-31T10:00:00+08:00' }, names: ['extendedAt'] },
      ],
    },
    'POST /v1/reviews/{id}/decision': {
      after: ['POST /v1/reviews/{id}/acceptance'],
      crossField: [{ label: 'decided before accepted', patch: { decidedAt: BEFORE_BASE }, names: ['decidedAt'] }],
    },
    'POST /v1/lawsuits': { hints: { defendantAgency: { maxLength: 200 }, court: { maxLength: 200 } } },
    'POST /v1/lawsuits/{id}/hearings': {
      crossField: [
        { label: 'head appeared without a role', patch: {}, omit: ['appearedRole'], names: ['appearedRole'] },
        { label: 'role without an appearance', patch: { headAppeared: false }, names: ['appearedRole'] },
        { label: 'held before filed', patch: { heldAt: BEFORE_BASE }, names: ['heldAt'] },
      ],
    },
    'POST /v1/lawsuits/{id}/judgment': { crossField: [{ label: 'decided before filed', patch: { decidedAt: BEFORE_BASE }, names: ['decidedAt'] }] },
    'POST /v1/lawsuits/{id}/performance-supervision': {
      ...setup('POST /v1/lawsuits/{id}/performance-supervision'),
      crossField: [
        { label: 'effective before the judgment', patch: { judgmentEffectiveAt: BEFORE_BASE }, names: ['judgmentEffectiveAt'] },
        { label: 'started before the judgment was effective', patch: { startedAt: BEFORE_BASE }, names: ['startedAt'] },
      ],
    },
    'POST /v1/lawsuits/{id}/performance-supervision/conclusion': {
      ...setup('POST /v1/lawsuits/{id}/performance-supervision/conclusion'),
      crossField: [{ label: 'concluded before started', patch: { concludedAt: BEFORE_BASE }, names: ['concludedAt'] }],
    },
    'POST /v1/lawsuits/{id}/judicial-suggestions': {
      hints: { court: { maxLength: 200 } },
      crossField: [{ label: 'received before filed', patch: { receivedAt: BEFORE_BASE }, names: ['receivedAt'] }],
    },
    'POST /v1/lawsuits/{id}/judicial-suggestions/{suggestionId}/supervision': {
      ...setup('POST /v1/lawsuits/{id}/judicial-suggestions/{suggestionId}/supervision'),
      crossField: [{ label: 'supervised before received', patch: { supervisedAt: BEFORE_BASE }, names: ['supervisedAt'] }],
    },
    'POST /v1/lawsuits/{id}/judicial-suggestions/{suggestionId}/answer': {
      ...setup('POST /v1/lawsuits/{id}/judicial-suggestions/{suggestionId}/answer'),
      crossField: [{ label: 'answered before received', patch: { answeredAt: BEFORE_BASE }, names: ['answeredAt'] }],
    },
  },
};

const fileReview: ServiceOverrides = {
  operations: {
    'POST /v1/campaigns': {
      hints: { panel: { minItems: 1, maxItems: 100 } },
      body: (ctx) => ({ title: ctx.unique('fuzz campaign') }),
    },
    'POST /v1/campaigns/{id}/files': {
      hints: { files: { minItems: 1, maxItems: 5000 } },
      crossField: [{ label: 'the same file number twice', patch: { files: [fuzzFile('F-1'), fuzzFile('F-1')] }, names: ['files'] }],
    },
    'POST /v1/campaigns/{id}/draw': {
      hints: { sampleSize: { maximum: 5_000 } },
      after: ['POST /v1/campaigns/{id}/files'],
      crossField: [{ label: 'a sample larger than the pool', patch: { sampleSize: 2 }, names: ['sampleSize'] }],
    },
    'POST /v1/files/{id}/review': {
      hints: { problems: { maxItems: 200 } },
      // A file is reviewed only once drawn: open a campaign, pool one file and draw it.
      target: async (ctx) => {
        const { id } = await ctx.post('POST /v1/campaigns');
        await ctx.post('POST /v1/campaigns/{id}/files', { id });
        const draw = await ctx.post('POST /v1/campaigns/{id}/draw', { id });
        return { id: draw.files[0].id };
      },
      crossField: [{ label: 'reviewed before the penalty was decided', patch: { reviewedAt: BEFORE_BASE }, names: ['reviewedAt'] }],
    },
    'POST /v1/campaigns/{id}/notice': { after: ['POST /v1/campaigns/{id}/files', 'POST /v1/campaigns/{id}/draw'] },
  },
};

const legalAffairs: ServiceOverrides = {
  operations: {
    'POST /v1/documents': { hints: { unit: { maxLength: 200 }, title: { maxLength: 300 } } },
    // Filing needs a normative document the review did not reject.
    'POST /v1/documents/{id}/review': {
      body: () => ({ opinion: 'approved', normative: true }),
      crossField: [{ label: 'reviewed before submitted', patch: { reviewedAt: BEFORE_BASE }, names: ['reviewedAt'] }],
    },
    'POST /v1/documents/{id}/filing': {
      after: ['POST /v1/documents/{id}/review'],
      crossField: [{ label: 'filed before reviewed', patch: { filedAt: BEFORE_BASE }, names: ['filedAt'] }],
    },
    'POST /v1/documents/{id}/finding': {
      after: ['POST /v1/documents/{id}/review', 'POST /v1/documents/{id}/filing'],
      crossField: [{ label: 'found before filed', patch: { foundAt: BEFORE_BASE }, names: ['foundAt'] }],
    },
    'POST /v1/contracts': { hints: { unit: { maxLength: 200 }, title: { maxLength: 300 } } },
    'POST /v1/contracts/{id}/review': { crossField: [{ label: 'reviewed before submitted', patch: { reviewedAt: BEFORE_BASE }, names: ['reviewedAt'] }] },
    'POST /v1/engagements': { hints: { unit: { maxLength: 200 }, adviser: { maxLength: 200 } } },
    'POST /v1/engagements/{id}/work-records': { crossField: [{ label: 'work before the engagement started', patch: { performedAt: BEFORE_BASE }, names: ['performedAt'] }] },
    'POST /v1/engagements/{id}/end': { crossField: [{ label: 'ended before started', patch: { endedAt: BEFORE_BASE }, names: ['endedAt'] }] },
    'POST /v1/agenda-meetings': { hints: { subject: { maxLength: 300 } } },
    'POST /v1/cleanup-campaigns': { hints: { title: { maxLength: 300 } } },
    'POST /v1/cleanup-campaigns/{id}/decisions': {
      hints: { document: { maxLength: 300 } },
      crossField: [{ label: 'decided before the campaign started', patch: { decidedAt: BEFORE_BASE }, names: ['decidedAt'] }],
    },
    'POST /v1/cleanup-campaigns/{id}/close': { crossField: [{ label: 'closed before started', patch: { closedAt: BEFORE_BASE }, names: ['closedAt'] }] },
    // One active unit per name: every valid body names a unit of its own.
    'POST /v1/units': { hints: { name: { maxLength: 200 } }, body: (ctx) => ({ name: ctx.unique('fuzz unit') }) },
    'POST /v1/units/{id}/dissolution': { crossField: [{ label: 'dissolved before registered', patch: { dissolvedAt: BEFORE_BASE }, names: ['dissolvedAt'] }] },
    'POST /v1/coordination-groups': { hints: { name: { maxLength: 200 } } },
    'POST /v1/coordination-groups/{id}/dissolution': { crossField: [{ label: 'dissolved before established', patch: { dissolvedAt: BEFORE_BASE }, names: ['dissolvedAt'] }] },
    'POST /v1/committee-meetings': { hints: { subject: { maxLength: 300 } } },
  },
};

const publicLegalServices: ServiceOverrides = {
  prepare: PUBLIC_LEGAL_SERVICES_SETUP.prepare,
  operations: {
    'POST /v1/platforms': { hints: { name: { maxLength: 200 } } },
    'POST /v1/platforms/{id}/standardisation': { crossField: [{ label: 'standardised before registered', patch: { standardisedAt: BEFORE_BASE }, names: ['standardisedAt'] }] },
    'POST /v1/platforms/{id}/closure': { crossField: [{ label: 'closed before registered', patch: { closedAt: BEFORE_BASE }, names: ['closedAt'] }] },
    'POST /v1/service-records': {
      ...PUBLIC_LEGAL_SERVICES_SETUP.operations['POST /v1/service-records'],
      hints: { note: { maxLength: 500 } },
      crossField: [{ label: 'served before the platform opened', patch: { servedAt: BEFORE_BASE }, names: ['servedAt'] }],
    },
    'POST /v1/providers': { hints: { name: { maxLength: 200 } } },
    'POST /v1/providers/{id}/deregistration': { crossField: [{ label: 'deregistered before registered', patch: { deregisteredAt: BEFORE_BASE }, names: ['deregisteredAt'] }] },
    'POST /v1/complaints': { hints: { summary: { maxLength: 500 } } },
    'POST /v1/complaints/{id}/conclusion': { crossField: [{ label: 'concluded before received', patch: { concludedAt: BEFORE_BASE }, names: ['concludedAt'] }] },
    'POST /v1/exam-sittings': {
      ...PUBLIC_LEGAL_SERVICES_SETUP.operations['POST /v1/exam-sittings'],
      crossField: [{ label: 'more complaints than candidates', patch: { candidates: 1, complaints: 2 }, names: ['complaints'] }],
    },
  },
};

const legalEducation: ServiceOverrides = {
  operations: {
    'POST /v1/exams': {
      hints: { title: { maxLength: 300 } },
      crossField: [{ label: 'more city-university candidates than candidates', patch: { candidatesExpected: 1, cityUniversityCandidates: 2 }, names: ['cityUniversityCandidates'] }],
    },
    'POST /v1/exams/{id}/results': {
      crossField: [
        { label: 'held before scheduled', patch: { heldAt: BEFORE_BASE }, names: ['heldAt'] },
        { label: 'more passed than sat', patch: { sat: 0, passed: 1 }, names: ['passed'] },
      ],
    },
    'POST /v1/exams/{id}/cancel': { crossField: [{ label: 'cancelled before scheduled', patch: { cancelledAt: BEFORE_BASE }, names: ['cancelledAt'] }] },
    'POST /v1/contests': { hints: { title: { maxLength: 300 } } },
    'POST /v1/contests/{id}/close': { crossField: [{ label: 'closed before opened', patch: { closedAt: BEFORE_BASE }, names: ['closedAt'] }] },
    'POST /v1/works': { hints: { title: { maxLength: 300 } } },
    'POST /v1/works/{id}/award': { crossField: [{ label: 'awarded before released', patch: { awardedAt: BEFORE_BASE }, names: ['awardedAt'] }] },
    'POST /v1/publicity-activities': { hints: { unit: { maxLength: 200 }, subject: { maxLength: 300 } } },
    'POST /v1/media-items': { hints: { outlet: { maxLength: 200 }, headline: { maxLength: 300 } } },
    'POST /v1/surveys': { crossField: [{ label: 'more aware than respondents', patch: { respondents: 1, aware: 2 }, names: ['aware'] }] },
    'POST /v1/village-assessments': { hints: { village: { maxLength: 200 } } },
  },
};

function fuzzFile(fileNumber: string) {
  return { agency: 'fuzz agency', fileNumber, penaltyType: 'fine', decidedAt: BASE_INSTANT };
}

type Start = (helper: any, district: string, config: Partial<ServiceConfig>) => Promise<RunningApp>;

/** The services and the test helpers that start them; a service whose helper is not there yet is skipped (FUZZ_SERVICES=a,b picks some). */
const SERVICES: { name: string; helper: string; start: Start; overrides: ServiceOverrides }[] = [
  { name: 'mediation', helper: 'apps', start: (h, d, c) => h.startMediation(d, c), overrides: mediation },
  { name: 'legal-aid', helper: 'legal-aid-app', start: (h, d, c) => h.startLegalAid(d, c), overrides: legalAid },
  { name: 'administrative-review', helper: 'admin-review-app', start: (h, d, c) => h.startAdminReview(d, undefined, c), overrides: adminReview },
  { name: 'file-review', helper: 'file-review-app', start: (h, d, c) => h.startFileReview(d, c), overrides: fileReview },
  { name: 'legal-affairs', helper: 'legal-affairs-app', start: (h, d, c) => h.startLegalAffairs(d, c), overrides: legalAffairs },
  { name: 'public-legal-services', helper: 'public-legal-services-app', start: (h, d, c) => h.startPublicLegalServices(d, c), overrides: publicLegalServices },
  { name: 'legal-education', helper: 'legal-education-app', start: (h, d, c) => h.startLegalEducation(d, c), overrides: legalEducation },
];
const only = process.env.FUZZ_SERVICES?.split(',');
const present = SERVICES.filter((s) => existsSync(join(__dirname, '../support', `${s.helper}.ts`)) && (!only || only.includes(s.name)));

const tally = new Tally();
const HOSTILE_KINDS = new Set(['injection-refused', 'injection-free-text', 'edge-value']);
const isInvalidKind = (kind: string) => !HOSTILE_KINDS.has(kind);

afterAll(() => {
  const invalid = tally.total(isInvalidKind);
  const hostile = tally.total((k) => !isInvalidKind(k));
  console.log(
    `bad-input fuzz (seed ${SEED}, services: ${present.map((s) => s.name).join(', ')})\n${tally.table()}\n` +
      `invalid requests: ${invalid.requests} (4xx ${invalid.s4xx}, 5xx ${invalid.s5xx}); ` +
      `injection and edge-value requests (2xx allowed): ${hostile.requests} (5xx ${hostile.s5xx})`,
  );
});

describe.each(present)('bad input to $name', (entry) => {
  let app: RunningApp;
  let fuzzer: ServiceFuzzer;
  let variants: Variant[];
  let afterSetup: RowCounts;

  beforeAll(async () => {
    const helper = require(join(__dirname, '../support', entry.helper));
    app = await entry.start(helper, uniqueDistrict(), { databaseUrl: DATABASE_URL, relayEnabled: false });
    fuzzer = await ServiceFuzzer.open(entry.name, app, entry.overrides);
    const plans = await fuzzer.plans();
    // The control: every variant starts from a body the service accepts, or its refusals prove nothing.
    for (const p of plans) await fuzzer.post(p.op.key, await fuzzer.target(p.op.key));
    const systematic = plans.flatMap(systematicVariants);
    const quota = Math.ceil(MIN_REQUESTS / present.length);
    const perOperation = Math.max(MIN_RANDOM_PER_OPERATION, Math.ceil((quota - systematic.length) / plans.length));
    variants = [...systematic, ...plans.flatMap((p) => randomVariants(p, perOperation, `${SEED}:${p.op.key}`))];
    afterSetup = await rowCounts(fuzzer.db, fuzzer.schemaName);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers every generated invalid request with a 4xx whose message names the problem, never a 5xx', async () => {
    const before = tally.violations.length;
    await runVariants(entry.name, app.url, variants, tally);
    const found = tally.violations.slice(before);
    expect(found.length === 0 ? 'none' : describeViolations(found)).toBe('none');
    expect(variants.length).toBeGreaterThan(500);
  });

  it('writes no row and no event for any of them', async () => {
    expect(await rowCounts(fuzzer.db, fuzzer.schemaName)).toEqual(afterSetup);
  });

  it('refuses SQL and script fragments where only an enum, timestamp or pattern fits, keeps them verbatim in free text, and never fails on edge values', async () => {
    const problems = await runHostile(fuzzer, tally);
    expect(problems.length === 0 ? 'none' : `${problems.length} problem(s):\n${problems.slice(0, 40).join('\n')}`).toBe('none');
  });
});

describe('bad input in all', () => {
  it(`sent at least ${MIN_REQUESTS} invalid requests, none answered with a 5xx`, () => {
    const invalid = tally.total(isInvalidKind);
    expect(invalid.requests).toBeGreaterThanOrEqual(MIN_REQUESTS);
    expect(invalid.s5xx).toBe(0);
  });
});
