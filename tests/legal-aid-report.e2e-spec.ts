import { MAX_FEN, Topics } from '@casetrack/contracts';
import { randomInt, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ParameterFreeQueryLogger } from '@casetrack/persistence';
import { legalAidLoader } from '../scripts/load-2019/legal-aid.loader';
import { runPool } from '../scripts/load-2019/http-pool';
import { RunningApp, startReporting } from './support/apps';
import { authHeaders } from './support/auth';
import { between, plusSeconds, randomInstant, recordEvents, SeenEvent, startLegalAid } from './support/legal-aid-app';
import { settled } from './support/settle';
import { eventually, TEST_DATABASE_URL, uniqueDistrict } from './support/test-env';

// The project-level testTimeout is not applied to this file's hooks and tests; the reporting group
// replays the topics from offset 0, which takes longer as they grow.
jest.setTimeout(180_000);

describe('legal aid → Kafka → reporting', () => {
  const district = uniqueDistrict();
  let loaderDistrict = uniqueDistrict();
  while (loaderDistrict === district) loaderDistrict = uniqueDistrict();
  let legalAid: RunningApp;
  let reporting: RunningApp;
  let db: Client;
  let recorder: { seen: SeenEvent[]; stop(): Promise<void> };
  const seen = () => recorder.seen;

  beforeAll(async () => {
    [legalAid, reporting] = await Promise.all([startLegalAid(district), startReporting(district, `test-${randomUUID()}`)]);
    db = new Client({ connectionString: TEST_DATABASE_URL });
    await db.connect();
    recorder = await recordEvents(Topics.legalAid, [district, loaderDistrict]);
  });

  afterAll(async () => {
    await recorder?.stop();
    await db?.end();
    await Promise.all([legalAid?.close(), reporting?.close()]);
  });

  const report = async (year: number, d = district) => (await reporting.http.get(`/v1/reports/annual/${year}?district=${d}`)).body;
  /** The report once reporting has applied every event the legal aid service has written. */
  const settledReport = async (year: number, producer: RunningApp = legalAid, timeoutMs?: number) => {
    await settled(reporting, [producer], timeoutMs);
    return report(year, producer === legalAid ? district : loaderDistrict);
  };
  const breakdown = async (year: number, by: string) => (await reporting.http.get(`/v1/reports/annual/${year}/legal-aid?district=${district}&by=${by}`)).body;

  const application = (appliedAt: string, extra: Record<string, unknown> = {}) => ({
    applicantGroups: ['migrant-worker'],
    caseType: 'civil',
    matter: 'wage-arrears',
    channel: 'hotline-12348',
    appliedAt,
    ...extra,
  });

  async function apply(appliedAt: string, extra: Record<string, unknown> = {}) {
    const res = await legalAid.http.post('/v1/cases', application(appliedAt, extra));
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  /** Applies, accepts, assigns and closes one case; returns its id. */
  async function closedCase(times: { applied: string; accepted: string; assigned?: string; closed: string }, benefitFen: number, extra: Record<string, unknown> = {}) {
    const id = await apply(times.applied, extra);
    const steps: [string, Record<string, unknown>][] = [
      ['acceptance', { acceptedAt: times.accepted }],
      ['assignment', { assignedAt: times.assigned ?? times.accepted, lawFirm: '重庆渝援律师事务所' }],
      ['closure', { closedAt: times.closed, result: 'won', benefitFen }],
    ];
    for (const [step, body] of steps) {
      const res = await legalAid.http.post(`/v1/cases/${id}/${step}`, body);
      if (res.status !== 200) throw new Error(`${step} answered ${res.status}: ${JSON.stringify(res.body)}`);
    }
    return id;
  }

  it('shows a closure in the report of its year, counted once in the totals and once in each applicant group', async () => {
    await closedCase(
      { applied: '2018-03-01T09:00:00+08:00', accepted: '2018-03-03T10:00:00+08:00', closed: '2018-06-01T10:00:00+08:00' },
      123_456,
      { applicantGroups: ['minor', 'woman'], matter: 'family' },
    );
    const r = await settledReport(2018);
    expect(r.legalAid).toEqual({
      applied: 1, accepted: 1, rejected: 0, assigned: 1, closed: 1, benefitFen: 123_456, benefitFenText: '123456', benefitYuan: '1234.56', medianDaysToAcceptance: 2,
    });
    const byGroup = (await breakdown(2018, 'applicantGroup')).rows;
    expect(byGroup.filter((row: { closed: number }) => row.closed > 0)).toEqual([
      expect.objectContaining({ applicantGroup: 'minor', closed: 1, benefitFen: 123_456 }),
      expect.objectContaining({ applicantGroup: 'woman', closed: 1, benefitFen: 123_456 }),
    ]);
    const byMonth = (await breakdown(2018, 'month')).rows;
    expect(byMonth).toHaveLength(12);
    expect(byMonth[5]).toMatchObject({ month: 6, closed: 1, benefitYuan: '1234.56' });
  });

  it('sums 2,000 random fen amounts exactly in benefitFen and benefitYuan, with no float in the JSON', async () => {
    const amounts = Array.from({ length: 2000 }, (_, i) => (i % 50 === 0 ? randomInt(0, MAX_FEN + 1) : randomInt(0, 10_000_000)));
    const expected = amounts.reduce((s, a) => s + BigInt(a), 0n);
    await runPool(amounts, 12, async (fen, i) => {
      const day = String((i % 28) + 1).padStart(2, '0');
      await closedCase({ applied: `2021-03-${day}T09:00:00+08:00`, accepted: `2021-03-${day}T15:00:00+08:00`, closed: `2021-09-${day}T10:00:00+08:00` }, fen);
    });
    const r = await settledReport(2021, legalAid, 300_000);
    expect(r.legalAid.closed).toBe(2000);
    expect(BigInt(r.legalAid.benefitFen)).toBe(expected);
    expect(Number.isSafeInteger(r.legalAid.benefitFen)).toBe(true);
    expect(r.legalAid.benefitYuan).toBe(`${expected / 100n}.${String(expected % 100n).padStart(2, '0')}`);
    expect(r.legalAid.benefitFenText).toBe(expected.toString());
    const text = await (await fetch(`${reporting.url}/v1/reports/annual/2021?district=${district}`, { headers: authHeaders() })).text();
    expect(text).toContain(`"benefitFen":${expected}`);
    expect(text).not.toMatch(/"benefitFen":[^,}]*[.eE]/);
  }, 600_000);

  it('counts an acceptance and a closure at 2019-12-31T16:00:00Z in 2020 and at 15:59:59Z in 2019', async () => {
    await closedCase({ applied: '2019-12-20T09:00:00+08:00', accepted: '2019-12-31T16:00:00Z', closed: '2019-12-31T16:00:00Z' }, 2_000);
    await closedCase({ applied: '2019-12-20T09:00:00+08:00', accepted: '2019-12-31T15:59:59Z', closed: '2019-12-31T15:59:59Z' }, 1_999);
    const r2019 = await settledReport(2019);
    expect(r2019.legalAid).toMatchObject({ applied: 2, accepted: 1, closed: 1, benefitFen: 1_999, benefitYuan: '19.99', medianDaysToAcceptance: 11 });
    const r2020 = await report(2020);
    expect(r2020.legalAid).toMatchObject({ applied: 0, accepted: 1, closed: 1, benefitFen: 2_000, benefitYuan: '20.00', medianDaysToAcceptance: 12 });
  });

  it('masks the applicant in every response and keeps the name, the ID number and the lawyer out of every event', async () => {
    const name = '欧阳娜娜';
    const idNumber = '11010519491231002X';
    const lawyer = '司马律师';
    const appliedAt = randomInstant(2022);
    const created = await legalAid.http.post('/v1/cases', application(appliedAt, { applicantName: name, applicantIdNumber: idNumber, greenChannel: true }), { 'Idempotency-Key': `mask-${randomUUID()}` });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ applicantName: '欧***', applicantIdNumber: '1101**********002X', greenChannel: true, status: 'applied' });
    const id = created.body.id as string;
    const responses = [
      created,
      await legalAid.http.post(`/v1/cases/${id}/acceptance`, { acceptedAt: plusSeconds(appliedAt, 3600) }),
      await legalAid.http.post(`/v1/cases/${id}/assignment`, { assignedAt: plusSeconds(appliedAt, 86_400), lawFirm: '重庆嘉陵律师事务所', lawyer }),
      await legalAid.http.post(`/v1/cases/${id}/closure`, { closedAt: plusSeconds(appliedAt, 30 * 86_400), result: 'settled', benefitFen: 880_000 }),
      await legalAid.http.get(`/v1/cases/${id}`),
      await legalAid.http.get(`/v1/cases?${between(appliedAt, plusSeconds(appliedAt, 1))}`),
    ];
    for (const res of responses) {
      expect(res.status).toBeLessThan(300);
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(name);
      expect(text).not.toContain('娜娜');
      expect(text).not.toContain(idNumber);
      expect(text).not.toContain('19491231');
    }
    expect(responses[1].body).toMatchObject({ status: 'accepted', daysToAcceptance: 0 });
    expect(responses[4].body).toMatchObject({ applicantName: '欧***', applicantIdNumber: '1101**********002X', status: 'closed', benefitFen: 880_000 });
    expect(responses[5].body.items).toEqual([expect.objectContaining({ id, applicantName: '欧***' })]);
    // Stored in this service only, encrypted, behind a database logger that never prints query parameters.
    expect(legalAid.app.get(DataSource).logger).toBeInstanceOf(ParameterFreeQueryLogger);
    const { rows } = await db.query('SELECT * FROM legal_aid.cases WHERE id = $1', [id]);
    expect(rows).toHaveLength(1);
    for (const secret of [name, '娜娜', idNumber, '19491231']) expect(JSON.stringify(rows[0])).not.toContain(secret);
    expect(rows[0]).toMatchObject({ applicant_name_encrypted: expect.stringMatching(/^pd1:/), applicant_id_number_encrypted: expect.stringMatching(/^pd1:/) });

    const events = await eventually(async () => seen().filter((s) => s.event.caseId === id), (list) => list.length === 4, 60_000, 'the four events of the case');
    expect(events.map((s) => [s.event.type, s.event.sequence])).toEqual([
      ['legalaid.case.applied', 1], ['legalaid.case.accepted', 2], ['legalaid.case.assigned', 3], ['legalaid.case.closed', 4],
    ]);
    for (const { raw, event } of events) {
      for (const secret of [name, '娜娜', idNumber, '19491231', lawyer, '欧***', '1101**********002X']) expect(raw).not.toContain(secret);
      for (const field of ['applicantName', 'applicantIdNumber', 'lawyer', 'lawFirm']) expect(event.payload).not.toHaveProperty(field);
      expect(event.payload).toMatchObject({ applicantGroups: ['migrant-worker'], greenChannel: true, appliedAt });
    }
    expect(events[3].event.payload).toMatchObject({ result: 'settled', benefitFen: 880_000, closedAt: plusSeconds(appliedAt, 30 * 86_400) });
  });

  it('refuses bad bodies with a 400 naming each field, quoting no personal data and writing nothing', async () => {
    const appliedAt = randomInstant(2035);
    const key = `bad-${randomUUID()}`;
    const badId = '110105194912310021';
    const res = await legalAid.http.post('/v1/cases', application(appliedAt, { applicantName: '张三', applicantIdNumber: badId }), { 'Idempotency-Key': key });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([{ field: 'applicantIdNumber', problems: ['applicantIdNumber has a wrong check digit'] }]);
    expect(JSON.stringify(res.body)).not.toContain(badId);
    expect(JSON.stringify(res.body)).not.toContain('张三');

    const cases: [Record<string, unknown>, string][] = [
      [application(appliedAt, { applicantIdNumber: '5001061990030712' }), 'applicantIdNumber'],
      [application(appliedAt, { applicantGroups: [] }), 'applicantGroups'],
      [application(appliedAt, { applicantGroups: ['pensioner'] }), 'applicantGroups'],
      [application(appliedAt, { caseType: 'tax' }), 'caseType'],
      [application(appliedAt, { channel: undefined }), 'channel'],
      [application('2019-06-01 10:00:00'), 'appliedAt'],
      [application(appliedAt, { applicantName: '张'.repeat(51) }), 'applicantName'],
      [application(appliedAt, { applicantPhone: '13800138000' }), 'applicantPhone'],
      [application(appliedAt, { greenChannel: 'yes' }), 'greenChannel'],
    ];
    for (const [body, field] of cases) {
      const bad = await legalAid.http.post('/v1/cases', body, { 'Idempotency-Key': key });
      expect([bad.status, bad.body.fields?.map((f: { field: string }) => f.field)]).toEqual([400, [field]]);
    }
    const written = await db.query('SELECT count(*)::int AS n FROM legal_aid.cases WHERE applied_at = $1', [appliedAt]);
    expect(written.rows[0].n).toBe(0);
    const keys = await db.query('SELECT count(*)::int AS n FROM legal_aid.idempotency_keys WHERE key = $1', [key]);
    expect(keys.rows[0].n).toBe(0);

    // A well-formed body that breaks a rule involving the case: 400 naming the field, the case unchanged.
    const id = await apply('2025-03-01T09:00:00+08:00');
    const early = await legalAid.http.post(`/v1/cases/${id}/acceptance`, { acceptedAt: '2025-03-01T08:59:59+08:00' });
    expect(early.status).toBe(400);
    expect(early.body.details).toEqual({ field: 'acceptedAt' });
    for (const [step, body, field] of [
      ['acceptance', { acceptedAt: '2025-03-02T09:00:00+08:00', note: 'x' }, 'note'],
      ['rejection', { rejectedAt: '2025-03-02T09:00:00+08:00', reason: 'too-busy' }, 'reason'],
    ] as const) {
      const bad = await legalAid.http.post(`/v1/cases/${id}/${step}`, body);
      expect([bad.status, bad.body.fields?.map((f: { field: string }) => f.field)]).toEqual([400, [field]]);
    }
    expect((await legalAid.http.get(`/v1/cases/${id}`)).body).toMatchObject({ status: 'applied', acceptedAt: null });
    const { rows } = await db.query('SELECT sequence FROM legal_aid.cases WHERE id = $1', [id]);
    expect(rows[0].sequence).toBe(1);
    expect(await db.query(`SELECT count(*)::int AS n FROM legal_aid.outbox WHERE partition_key = $1`, [id])).toMatchObject({ rows: [{ n: 1 }] });

    // Money: a fraction of a fen, a negative amount, a number in a string.
    await legalAid.http.post(`/v1/cases/${id}/acceptance`, { acceptedAt: '2025-03-02T09:00:00+08:00' });
    await legalAid.http.post(`/v1/cases/${id}/assignment`, { assignedAt: '2025-03-03T09:00:00+08:00', lawFirm: '重庆西永律师事务所' });
    for (const benefitFen of [12.5, -1, '100']) {
      const bad = await legalAid.http.post(`/v1/cases/${id}/closure`, { closedAt: '2025-04-01T09:00:00+08:00', result: 'won', benefitFen });
      expect([bad.status, bad.body.fields?.map((f: { field: string }) => f.field)]).toEqual([400, ['benefitFen']]);
    }
    expect((await legalAid.http.get(`/v1/cases/${id}`)).body.status).toBe('assigned');
  });

  it('answers 409 naming the status when an accepted case that has no law firm is closed', async () => {
    const id = await apply('2023-05-01T09:00:00+08:00');
    expect((await legalAid.http.post(`/v1/cases/${id}/acceptance`, { acceptedAt: '2023-05-02T09:00:00+08:00' })).status).toBe(200);
    const res = await legalAid.http.post(`/v1/cases/${id}/closure`, { closedAt: '2023-06-01T09:00:00+08:00', result: 'won', benefitFen: 100 });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'CASE.INVALID_TRANSITION', details: { status: 'accepted' } });
    expect(res.body.message).toContain('accepted');
    expect((await legalAid.http.get(`/v1/cases/${id}`)).body).toMatchObject({ status: 'accepted', closedAt: null, benefitFen: null });
    expect((await legalAid.http.get(`/v1/cases/${randomUUID()}`)).status).toBe(404);
  });

  it('replays a POST with the same Idempotency-Key: same answer, nothing new created', async () => {
    const key = `replay-${randomUUID()}`;
    const appliedAt = randomInstant(2024);
    const body = application(appliedAt, { applicantName: '李四', applicantIdNumber: '11010519491231002X' });
    const first = await legalAid.http.post('/v1/cases', body, { 'Idempotency-Key': key });
    const second = await legalAid.http.post('/v1/cases', body, { 'Idempotency-Key': key });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body).toEqual(first.body);
    expect(second.body.applicantName).toBe('李*');
    const id = first.body.id as string;
    const other = await legalAid.http.post('/v1/cases', { ...body, channel: 'online' }, { 'Idempotency-Key': key });
    expect(other.status).toBe(422);

    const accept = { acceptedAt: plusSeconds(appliedAt, 86_400) };
    const a1 = await legalAid.http.post(`/v1/cases/${id}/acceptance`, accept, { 'Idempotency-Key': `${key}:accept` });
    const a2 = await legalAid.http.post(`/v1/cases/${id}/acceptance`, accept, { 'Idempotency-Key': `${key}:accept` });
    expect([a1.status, a2.status, a2.headers.get('idempotent-replayed')]).toEqual([200, 200, 'true']);
    expect(a2.body).toEqual(a1.body);
    const list = await legalAid.http.get(`/v1/cases?${between(appliedAt, plusSeconds(appliedAt, 1))}`);
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([id]);
    const { rows } = await db.query('SELECT sequence FROM legal_aid.cases WHERE id = $1', [id]);
    expect(rows[0].sequence).toBe(2);
    const r = await settledReport(2024);
    expect(r.legalAid).toMatchObject({ applied: 1, accepted: 1 });
  });

  it('pages the case list by cursor, oldest application first', async () => {
    const base = randomInstant(2025);
    const ids: (readonly [number, string])[] = [];
    for (const second of [3, 1, 2]) ids.push([second, await apply(plusSeconds(base, second))] as const);
    const window = between(base, plusSeconds(base, 10));
    const p1 = await legalAid.http.get(`/v1/cases?${window}&limit=2`);
    const p2 = await legalAid.http.get(`/v1/cases?${window}&limit=2&cursor=${p1.body.nextCursor}`);
    const order = [...ids].sort(([a], [b]) => a - b).map(([, id]) => id);
    expect([...p1.body.items, ...p2.body.items].map((c: { id: string }) => c.id)).toEqual(order);
    expect(p2.body.nextCursor).toBeNull();
    expect((await legalAid.http.get(`/v1/cases?${window}&cursor=bm90LWEtY3Vyc29y`)).status).toBe(400);
    expect((await legalAid.http.get(`/v1/cases?status=pending`)).status).toBe(400);
  });

  it('loads a generated year at scale 0.05 and the 2019 report shows exactly its figures, also when loaded twice', async () => {
    const app = await startLegalAid(loaderDistrict);
    try {
      const scale = 0.05;
      const ctx = { baseUrl: app.url, district: loaderDistrict, scale, concurrency: 8, runId: randomUUID(), headers: authHeaders(), progress: () => undefined };
      await legalAidLoader.load(ctx);
      await legalAidLoader.load(ctx);
      const expected = legalAidLoader.expected(scale);
      const r = await settledReport(2019, app);
      for (const [figure, value] of Object.entries(expected)) expect([figure, r.legalAid[figure]]).toEqual([figure, value]);
      const loaded = seen().filter((s) => s.event.district === loaderDistrict);
      expect(loaded.every((s) => !/applicantName|applicantIdNumber|lawyer/.test(s.raw))).toBe(true);
    } finally {
      await app.close();
    }
  });
});
