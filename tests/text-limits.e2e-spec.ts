import { createPrivateTopics } from './support/private-topics';
import { randomInt, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startAdminReview } from './support/admin-review-app';
import { RunningApp, startMediation, startReporting } from './support/apps';
import { startFileReview } from './support/file-review-app';
import { startLegalAid } from './support/legal-aid-app';
import { settled } from './support/settle';
import { TEST_DATABASE_URL, uniqueCode, uniqueDistrict } from './support/test-env';

jest.setTimeout(240_000);

/**
 * Issue 12, "Nothing accepted is lost": text is counted in Unicode code points by the HTTP layer and
 * by the event contracts alike, so a text field at its maximum length in astral-plane characters
 * (𠀀 is two UTF-16 units) is accepted AND applied by reporting, never dead-lettered; and text that
 * is only white space is refused with a 400 naming the field, writing nothing.
 *
 * 2021 holds the accepted requests (and so the figures); 2022 holds the targets of the refused ones.
 */
describe('text fields at their limits, in every POST body of the case services and of reporting', () => {
  const district = uniqueDistrict();
  const groupId = `test-text-${randomUUID()}`;
  let mediation: RunningApp;
  let legalAid: RunningApp;
  let adminReview: RunningApp;
  let fileReview: RunningApp;
  let reporting: RunningApp;
  let db: Client;
  let committeeCode: string;

  beforeAll(async () => {
    await createPrivateTopics();
    [mediation, legalAid, adminReview, fileReview, reporting] = await Promise.all([
      startMediation(district),
      startLegalAid(district),
      startAdminReview(district),
      startFileReview(district),
      startReporting(district, groupId),
    ]);
    db = new Client({ connectionString: TEST_DATABASE_URL, application_name: 'text-limits-e2e' });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await Promise.all([mediation, legalAid, adminReview, fileReview, reporting].map((app) => app?.close()));
  });

  /** `n` astral-plane characters: 𠀀 repeated, or (for fields unique across runs) random CJK Extension B ones. */
  const astral = (n: number, unique = false) =>
    unique ? Array.from({ length: n }, () => String.fromCodePoint(randomInt(0x20000, 0x2a6e0))).join('') : '\u{20000}'.repeat(n);
  /** Text for a field: what the request under test puts there, or an ordinary value. */
  type Text = (field: string, max: number, unique?: boolean) => string;
  const ordinary: Text = (field, _max, unique) => (unique ? `${field}-${randomUUID()}` : `正常的${field}`);

  const ok = async (res: Promise<{ status: number; body: any }>, status: number) => {
    const r = await res;
    expect({ status: r.status, body: r.body }).toEqual({ status, body: expect.anything() });
    return r.body;
  };

  // --- every POST with text fields: how to reach it in `year`, and its body with text from `t` ---------

  interface TextPost {
    label: string;
    app: () => RunningApp;
    /** The fields as a 400 names them, with their maximum length in code points. */
    fields: Record<string, number>;
    /** Creates what the POST acts on (with ordinary text) and returns its path. */
    target(year: number): Promise<string>;
    body(year: number, t: Text): Record<string, unknown>;
    status: number;
  }

  const at = (year: number, monthDay: string, time = '10:00:00') => `${year}-${monthDay}T${time}+08:00`;

  const committee = (year: number, t: Text) => ({ code: uniqueCode('TXT'), name: t('name', 200), kind: 'community', establishedAt: at(year, '01-01', '00:00:00') });
  const dispute = (year: number, t: Text) => ({ committeeCode, category: 'labour', source: 'walk-in', receivedAt: at(year, '03-01'), partyCount: 2, summary: t('summary', 2000) });
  const newDispute = async (year: number) => (await ok(mediation.http.post('/v1/disputes', dispute(year, ordinary)), 201)).id as string;

  const application = (year: number, t: Text) => ({
    applicantGroups: ['migrant-worker'], caseType: 'civil', matter: 'wage-arrears', channel: 'hotline-12348', appliedAt: at(year, '03-01'), applicantName: t('applicantName', 50),
  });
  const assignment = (year: number, t: Text) => ({ assignedAt: at(year, '03-03'), lawFirm: t('lawFirm', 100), lawyer: t('lawyer', 50) });
  const acceptedCase = async (year: number) => {
    const { id } = await ok(legalAid.http.post('/v1/cases', application(year, ordinary)), 201);
    await ok(legalAid.http.post(`/v1/cases/${id}/acceptance`, { acceptedAt: at(year, '03-02') }), 200);
    return id as string;
  };

  const review = (year: number, t: Text) => ({
    receivedAt: at(year, '03-01'), channel: 'online', respondentAgency: t('respondentAgency', 200), matter: 'penalty', applicantName: t('applicantName', 100),
    applicantIdNumber: '11010519491231002X',
  });

  const campaign = (year: number, t: Text) => ({ year, title: t('title', 200, true), panel: [{ role: 'legal-adviser', name: t('panel[0].name', 100) }] });
  const poolFile = (year: number, t: Text) => ({ agency: t('files[0].agency', 100), fileNumber: t('files[0].fileNumber', 100, true), penaltyType: 'fine', decidedAt: at(year, '02-01') });
  const openCampaign = async (year: number) => (await ok(fileReview.http.post('/v1/campaigns', campaign(year, ordinary)), 201)).id as string;
  const pooledCampaign = async (year: number) => {
    const id = await openCampaign(year);
    await ok(fileReview.http.post(`/v1/campaigns/${id}/files`, { files: [poolFile(year, ordinary)] }), 201);
    return id;
  };

  const POSTS: TextPost[] = [
    {
      label: 'POST /v1/committees', app: () => mediation, fields: { name: 200 }, status: 201,
      target: async () => '/v1/committees', body: committee,
    },
    {
      label: 'POST /v1/disputes', app: () => mediation, fields: { summary: 2000 }, status: 201,
      target: async () => '/v1/disputes', body: dispute,
    },
    {
      label: 'POST /v1/disputes/{id}/withdrawal', app: () => mediation, fields: { reason: 500 }, status: 200,
      target: async (year) => `/v1/disputes/${await newDispute(year)}/withdrawal`,
      body: (year, t) => ({ withdrawnAt: at(year, '03-05'), reason: t('reason', 500) }),
    },
    {
      label: 'POST /v1/disputes/{id}/correction', app: () => mediation, fields: { reason: 500 }, status: 200,
      target: async (year) => {
        const id = await newDispute(year);
        await ok(mediation.http.post(`/v1/disputes/${id}/conclusion`, { result: 'success', concludedAt: at(year, '03-05'), agreement: 'written' }), 200);
        return `/v1/disputes/${id}/correction`;
      },
      body: (_, t) => ({ result: 'failure', reason: t('reason', 500) }),
    },
    {
      label: 'POST /v1/cases', app: () => legalAid, fields: { applicantName: 50 }, status: 201,
      target: async () => '/v1/cases', body: application,
    },
    {
      label: 'POST /v1/cases/{id}/assignment', app: () => legalAid, fields: { lawFirm: 100, lawyer: 50 }, status: 200,
      target: async (year) => `/v1/cases/${await acceptedCase(year)}/assignment`, body: assignment,
    },
    {
      label: 'POST /v1/cases/{id}/correction', app: () => legalAid, fields: { reason: 500 }, status: 200,
      target: async (year) => {
        const id = await acceptedCase(year);
        await ok(legalAid.http.post(`/v1/cases/${id}/assignment`, assignment(year, ordinary)), 200);
        await ok(legalAid.http.post(`/v1/cases/${id}/closure`, { closedAt: at(year, '04-01'), result: 'won', benefitFen: 1000 }), 200);
        return `/v1/cases/${id}/correction`;
      },
      body: (_, t) => ({ benefitFen: 2000, reason: t('reason', 500) }),
    },
    {
      label: 'POST /v1/reviews', app: () => adminReview, fields: { respondentAgency: 200, applicantName: 100 }, status: 201,
      target: async () => '/v1/reviews', body: review,
    },
    {
      label: 'POST /v1/reviews/{id}/rejection', app: () => adminReview, fields: { reason: 1000 }, status: 200,
      target: async (year) => `/v1/reviews/${(await ok(adminReview.http.post('/v1/reviews', review(year, ordinary)), 201)).id}/rejection`,
      body: (year, t) => ({ rejectedAt: at(year, '03-02'), reason: t('reason', 1000) }),
    },
    {
      label: 'POST /v1/lawsuits', app: () => adminReview, fields: { defendantAgency: 200, court: 200 }, status: 201,
      target: async () => '/v1/lawsuits',
      body: (year, t) => ({ filedAt: at(year, '03-01'), defendantAgency: t('defendantAgency', 200), court: t('court', 200), matter: 'licensing' }),
    },
    {
      label: 'POST /v1/campaigns', app: () => fileReview, fields: { title: 200, 'panel[0].name': 100 }, status: 201,
      target: async () => '/v1/campaigns', body: campaign,
    },
    {
      label: 'POST /v1/campaigns/{id}/files', app: () => fileReview, fields: { 'files[0].agency': 100, 'files[0].fileNumber': 100 }, status: 201,
      target: async (year) => `/v1/campaigns/${await openCampaign(year)}/files`,
      body: (year, t) => ({ files: [poolFile(year, t)] }),
    },
    {
      label: 'POST /v1/campaigns/{id}/draw', app: () => fileReview, fields: { seed: 200 }, status: 200,
      target: async (year) => `/v1/campaigns/${await pooledCampaign(year)}/draw`,
      body: (_, t) => ({ sampleSize: 1, seed: t('seed', 200) }),
    },
    {
      label: 'POST /v1/files/{id}/review', app: () => fileReview, fields: { 'problems[0].description': 1000 }, status: 200,
      target: async (year) => {
        const id = await pooledCampaign(year);
        const draw = await ok(fileReview.http.post(`/v1/campaigns/${id}/draw`, { sampleSize: 1, seed: 'text-limits' }), 200);
        return `/v1/files/${draw.files[0].id}/review`;
      },
      body: (year, t) => ({ reviewedAt: at(year, '06-01'), score: 80, problems: [{ category: 'procedure', description: t('problems[0].description', 1000) }] }),
    },
  ];

  const schemaOf = (app: RunningApp) => app.app.get<string>('PLATFORM_SCHEMA');
  const outboxRows = async (app: RunningApp) =>
    Number((await db.query(`SELECT count(*) AS n FROM "${schemaOf(app)}".outbox WHERE value::jsonb->>'district' = $1`, [district])).rows[0].n);
  const idempotencyRows = async (app: RunningApp, key: string) =>
    Number((await db.query(`SELECT count(*) AS n FROM "${schemaOf(app)}".idempotency_keys WHERE key = $1`, [key])).rows[0].n);
  const report = async (year: number) => (await reporting.http.get(`/v1/reports/annual/${year}?district=${district}`)).body;

  describe('white space only', () => {
    beforeAll(async () => {
      committeeCode = (await ok(mediation.http.post('/v1/committees', committee(2021, ordinary)), 201)).code;
    });

    const cases = POSTS.flatMap((post) => Object.keys(post.fields).map((field) => ({ post, field, label: `${post.label} ${field}` })));

    it.each(cases)('$label: answers 400 naming the field when it is only white space, and writes nothing', async ({ post, field }) => {
      const app = post.app();
      const path = await post.target(2022);
      const blank: Text = (name, max, unique) => (name === field ? ' \u3000\t ' : ordinary(name, max, unique));
      const key = `blank-${randomUUID()}`;
      const before = await outboxRows(app);
      const res = await app.http.post(path, post.body(2022, blank), { 'Idempotency-Key': key });
      expect({ status: res.status, fields: res.body.fields }).toEqual({ status: 400, fields: [{ field, problems: [`${field.replace(/^.*\./, '')} must not be blank`] }] });
      expect(await outboxRows(app)).toBe(before);
      expect(await idempotencyRows(app, key)).toBe(0);
    });

    it('answers 400 naming note for a filing whose note is only white space, and files nothing', async () => {
      const key = `blank-${randomUUID()}`;
      const res = await reporting.http.post(`/v1/reports/annual/2022/filings`, { district, note: ' \n\u3000 ' }, { 'Idempotency-Key': key });
      expect({ status: res.status, fields: res.body.fields }).toEqual({ status: 400, fields: [{ field: 'note', problems: ['note must not be blank'] }] });
      expect((await reporting.http.get(`/v1/reports/annual/2022/filings?district=${district}`)).body.items).toEqual([]);
      expect(Number((await db.query(`SELECT count(*) AS n FROM reporting.idempotency_keys WHERE key = $1`, [key])).rows[0].n)).toBe(0);
    });
  });

  describe('at the maximum length in astral-plane characters', () => {
    it('accepts every text field of every POST at its maximum, and reporting applies every event (none dead-lettered)', async () => {
      const longest: Text = (_, max, unique) => astral(max, unique);
      for (const post of POSTS) {
        const app = post.app();
        const path = await post.target(2021);
        const res = await app.http.post(path, post.body(2021, longest));
        expect([post.label, res.status, res.status >= 300 ? res.body : null]).toEqual([post.label, post.status, null]);
      }

      // What 2021 holds: the committee made above, and each POST's target and request.
      const expected = {
        mediation: { registered: 3, withdrawn: 1, succeeded: 0, failed: 1, committeesByKind: expect.objectContaining({ community: 2 }) },
        legalAid: { applied: 3, accepted: 2, assigned: 2, closed: 1, benefitFen: 2000 },
        administrativeReview: { received: 2, rejected: 1 },
        litigation: { filed: 1 },
        fileReview: { campaigns: 4, filesSampled: 2, filesReviewed: 1, problems: 1, panelByRole: expect.objectContaining({ 'legal-adviser': 4 }) },
      };
      await settled(reporting, [mediation, legalAid, adminReview, fileReview]);
      const r = await report(2021);
      expect(r).toMatchObject(expected);
      const dead = await db.query(`SELECT topic, reason FROM reporting.dead_letters WHERE group_id = $1`, [groupId]);
      expect(dead.rows).toEqual([]);
    });

    it('files the report with a note at its maximum length in astral-plane characters', async () => {
      const note = astral(500);
      const res = await reporting.http.post(`/v1/reports/annual/2021/filings`, { district, note });
      expect(res.status).toBe(201);
      expect(res.body.note).toBe(note);
    });
  });
});

