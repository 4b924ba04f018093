import { createPrivateTopics } from './support/private-topics';
import { LegalAidCaseClosedV1, MAX_FEN, Topics } from '@casetrack/contracts';
import { createKafka } from '@casetrack/messaging';
import { randomInt, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { reconcile } from '../scripts/reconcile/reconcile';
import { runPool } from '../scripts/load-2019/http-pool';
import { RunningApp, startReporting } from './support/apps';
import { authHeaders } from './support/auth';
import { startLegalAid } from './support/legal-aid-app';
import { eventually, TEST_DATABASE_URL, TEST_KAFKA_BROKERS, uniqueDistrict } from './support/test-env';

jest.setTimeout(300_000);

// Issue 12 §3, "No input breaks a report": money at its business maximum (MAX_FEN = 10^12 fen per
// case) is summed exactly, and the report answers in every format, however large the sum.
// Expected figures are computed here with BigInt, independently of the report's own formatting.

const yuanOf = (fen: bigint) => `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
/** 万元 with two decimals for an amount that is a whole number of 100 yuan (no rounding needed). */
const wanYuanOf = (fen: bigint) => {
  if (fen % 10_000n !== 0n) throw new Error('test amount must be whole 100 yuan');
  const hundredths = fen / 10_000n;
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
};
const MAX = BigInt(MAX_FEN);

describe('money at the business maximum through the case service, Kafka and the report', () => {
  const district = uniqueDistrict();
  let legalAid: RunningApp;
  let reporting: RunningApp;
  let db: Client;
  const usedYears = new Set<number>();

  /**
   * A year no test writes legal aid cases in (the case tables have no district column, so the
   * reconciliation of a year reads every case of it): the years before any suite's business times.
   */
  async function freeYear(from: number, to: number): Promise<number> {
    const years = Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((y) => !usedYears.has(y));
    for (let left = years.length; left > 0; left--) {
      const [year] = years.splice(randomInt(0, left), 1);
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM legal_aid.cases
          WHERE $1 IN (extract(year FROM applied_at AT TIME ZONE 'Asia/Shanghai'), extract(year FROM accepted_at AT TIME ZONE 'Asia/Shanghai'),
                       extract(year FROM rejected_at AT TIME ZONE 'Asia/Shanghai'), extract(year FROM assigned_at AT TIME ZONE 'Asia/Shanghai'),
                       extract(year FROM closed_at AT TIME ZONE 'Asia/Shanghai'))`,
        [year],
      );
      if (rows[0].n === 0) {
        usedYears.add(year);
        return year;
      }
    }
    throw new Error(`no year in ${from}–${to} without legal aid cases left in the test database: reset it (node scripts/infra/reset-test-databases.js)`);
  }

  beforeAll(async () => {
    await createPrivateTopics();
    [legalAid, reporting] = await Promise.all([startLegalAid(district), startReporting(district, `test-${randomUUID()}`)]);
    db = new Client({ connectionString: TEST_DATABASE_URL });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await Promise.all([legalAid?.close(), reporting?.close()]);
  });

  const get = (path: string) => reporting.http.get(`${path}${path.includes('?') ? '&' : '?'}district=${district}`);
  const report = async (year: number) => (await get(`/v1/reports/annual/${year}`)).body;

  async function closedCase(year: number, benefitFen: number): Promise<string> {
    const created = await legalAid.http.post('/v1/cases', {
      applicantGroups: ['migrant-worker', 'woman'], caseType: 'civil', matter: 'wage-arrears', channel: 'hotline-12348', appliedAt: `${year}-03-01T09:00:00+08:00`,
    });
    if (created.status !== 201) throw new Error(`apply answered ${created.status}: ${JSON.stringify(created.body)}`);
    const id = created.body.id as string;
    const steps: [string, Record<string, unknown>][] = [
      ['acceptance', { acceptedAt: `${year}-03-03T09:00:00+08:00` }],
      ['assignment', { assignedAt: `${year}-03-04T09:00:00+08:00`, lawFirm: '重庆渝援律师事务所' }],
      ['closure', { closedAt: `${year}-09-01T10:00:00+08:00`, result: 'won', benefitFen }],
    ];
    for (const [step, body] of steps) {
      const res = await legalAid.http.post(`/v1/cases/${id}/${step}`, body);
      if (res.status !== 200) throw new Error(`${step} answered ${res.status}: ${JSON.stringify(res.body)}`);
    }
    return id;
  }

  /** The report of a year in Markdown and CSV: both must answer 200 with the exact amount. */
  async function expectTextFormats(year: number, fen: bigint) {
    const markdown = await get(`/v1/reports/annual/${year}?format=markdown`);
    expect(markdown.status).toBe(200);
    expect(markdown.body).toContain(`为困难群众挽回损失或取得利益${wanYuanOf(fen)}万元。`);
    expect(markdown.body).toMatch(new RegExp(`benefitFen +\\| ${fen} +\\|`));
    expect(markdown.body).toMatch(new RegExp(`benefitYuan +\\| ${yuanOf(fen).replace('.', '\\.')} +\\|`));
    const csv = await get(`/v1/reports/annual/${year}?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.body).toContain(`${year},${district},legalAid,benefitFen,${fen}\n`);
    expect(csv.body).toContain(`${year},${district},legalAid,benefitYuan,${yuanOf(fen)}\n`);
  }

  it('sums 50 closures at MAX_FEN and a correction to MAX_FEN exactly in JSON, Markdown, CSV, breakdowns, drill-through and the reconciliation', async () => {
    const year = await freeYear(1950, 1974);
    await runPool(Array.from({ length: 50 }), 8, async () => void (await closedCase(year, MAX_FEN)));
    const corrected = await closedCase(year, 12_345);
    const correction = await legalAid.http.post(`/v1/cases/${corrected}/correction`, { benefitFen: MAX_FEN, reason: '执行回款金额核对更正' });
    expect([correction.status, correction.body.benefitFen]).toEqual([200, MAX_FEN]);

    const expected = 51n * MAX;
    const r = await eventually(
      () => report(year),
      (x) => x?.legalAid?.applied === 51 && x.legalAid.accepted === 51 && x.legalAid.assigned === 51 && x.legalAid.closed === 51 && x.legalAid.benefitFenText === expected.toString(),
      120_000,
      `51 closures and the correction in ${year}`,
    );
    expect(r.legalAid).toMatchObject({ closed: 51, benefitFen: Number(expected), benefitFenText: '51000000000000', benefitYuan: yuanOf(expected) });
    await expectTextFormats(year, expected);

    const byGroup = await get(`/v1/reports/annual/${year}/legal-aid?by=applicantGroup`);
    expect(byGroup.status).toBe(200);
    expect(byGroup.body.rows.filter((row: { closed: number }) => row.closed > 0)).toEqual([
      expect.objectContaining({ applicantGroup: 'migrant-worker', closed: 51, benefitFenText: expected.toString() }),
      expect.objectContaining({ applicantGroup: 'woman', closed: 51, benefitFenText: expected.toString() }),
    ]);
    const drill = await get(`/v1/reports/annual/${year}/legal-aid/cases?figure=closed&limit=1`);
    expect([drill.status, drill.body.total]).toEqual([200, 51]);

    const result = await reconcile({ databaseUrl: TEST_DATABASE_URL, reportingUrl: reporting.url, year, district, timeZone: 'Asia/Shanghai', headers: authHeaders('admin') });
    expect(result.differences.filter((d) => d.figure.startsWith('legalAid.'))).toEqual([]);
  });

  it('sums a year past 2^53 fen (10,000 closures at MAX_FEN) exactly, the report answering 200 in every format and the reconciliation agreeing', async () => {
    // 10,000 cases through HTTP would take 40,000 requests: the cases go straight into the legal aid
    // table and their closure events, exactly as the service writes them, straight onto its topic.
    const year = await freeYear(1975, 1999);
    const ids = Array.from({ length: 10_000 }, () => randomUUID());
    const closedAt = `${year}-06-15T10:00:00+08:00`;
    const earlier = `${year - 1}-12-01T09:00:00+08:00`; // applied, accepted and assigned the year before
    await db.query(
      `INSERT INTO legal_aid.cases (id, applicant_groups, case_type, matter, channel, green_channel, applied_at, status, accepted_at, assigned_at, law_firm, closed_at, result, benefit_fen, sequence)
       SELECT id, ARRAY['elderly'], 'civil', 'family', 'walk-in', false, $2, 'closed', $2, $2, '重庆渝援律师事务所', $3, 'won', $4, 4 FROM unnest($1::uuid[]) AS t(id)`,
      [ids, earlier, closedAt, MAX_FEN],
    );
    const producer = createKafka({ brokers: TEST_KAFKA_BROKERS, clientId: 'large-amounts' }).producer();
    await producer.connect();
    try {
      for (let i = 0; i < ids.length; i += 1000) {
        const messages = ids.slice(i, i + 1000).map((caseId) => {
          const event: LegalAidCaseClosedV1 = {
            eventId: randomUUID(), type: LegalAidCaseClosedV1.type, version: LegalAidCaseClosedV1.version, occurredAt: closedAt, district, caseId, sequence: 4, actorId: null,
            payload: { applicantGroups: ['elderly'], caseType: 'civil', matter: 'family', channel: 'walk-in', greenChannel: false, appliedAt: earlier, closedAt, result: 'won', benefitFen: MAX_FEN },
          };
          return { key: caseId, value: JSON.stringify(event) };
        });
        await producer.send({ topic: Topics.legalAid, messages });
      }
    } finally {
      await producer.disconnect();
    }

    const expected = 10_000n * MAX;
    expect(expected > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    const r = await eventually(
      () => report(year),
      (x) => x?.legalAid?.closed === 10_000 && x.legalAid.benefitFenText === expected.toString(),
      180_000,
      `10,000 closures at MAX_FEN in ${year}`,
    );
    expect(r.legalAid).toMatchObject({ applied: 0, closed: 10_000, benefitFen: null, benefitFenText: '10000000000000000', benefitYuan: '100000000000000.00' });
    const raw = await (await fetch(`${reporting.url}/v1/reports/annual/${year}?district=${district}`, { headers: authHeaders() })).text();
    expect(raw).toContain('"benefitFen":null,"benefitFenText":"10000000000000000","benefitYuan":"100000000000000.00"');
    await expectTextFormats(year, expected);

    const byMonth = await get(`/v1/reports/annual/${year}/legal-aid?by=month`);
    expect(byMonth.status).toBe(200);
    expect(byMonth.body.rows[5]).toMatchObject({ month: 6, closed: 10_000, benefitFen: null, benefitFenText: expected.toString() });
    const compared = await get(`/v1/reports/annual/${year}?compareTo=${year - 1}`);
    expect(compared.status).toBe(200);
    expect(compared.body.compareTo.figures.legalAid.benefitFenText).toEqual({ value: expected.toString(), other: '0', change: expected.toString() });
    const drill = await get(`/v1/reports/annual/${year}/legal-aid/cases?figure=closed&limit=1`);
    expect([drill.status, drill.body.total]).toEqual([200, 10_000]);

    const result = await reconcile({ databaseUrl: TEST_DATABASE_URL, reportingUrl: reporting.url, year, district, timeZone: 'Asia/Shanghai', headers: authHeaders('admin') });
    expect(result.differences.filter((d) => d.figure.startsWith('legalAid.'))).toEqual([]);
  });

  it('refuses one fen above MAX_FEN on closure and correction with a 400 naming benefitFen, and writes nothing', async () => {
    const year = await freeYear(1950, 1999);
    const id = await closedCase(year, 100);
    const outbox = async () => (await db.query(`SELECT count(*)::int AS n FROM legal_aid.outbox WHERE partition_key = $1`, [id])).rows[0].n;
    const before = await outbox();
    const tooMuch = MAX_FEN + 1;
    const correction = await legalAid.http.post(`/v1/cases/${id}/correction`, { benefitFen: tooMuch, reason: '核对' });
    expect([correction.status, correction.body.fields?.map((f: { field: string }) => f.field)]).toEqual([400, ['benefitFen']]);
    expect(correction.body.message).toContain('benefitFen must be at most 1000000000000 fen');

    const other = await legalAid.http.post('/v1/cases', { applicantGroups: ['minor'], caseType: 'civil', matter: 'family', channel: 'walk-in', appliedAt: `${year}-04-01T09:00:00+08:00` });
    await legalAid.http.post(`/v1/cases/${other.body.id}/acceptance`, { acceptedAt: `${year}-04-02T09:00:00+08:00` });
    await legalAid.http.post(`/v1/cases/${other.body.id}/assignment`, { assignedAt: `${year}-04-03T09:00:00+08:00`, lawFirm: '重庆渝援律师事务所' });
    const closure = await legalAid.http.post(`/v1/cases/${other.body.id}/closure`, { closedAt: `${year}-05-01T09:00:00+08:00`, result: 'won', benefitFen: tooMuch });
    expect([closure.status, closure.body.fields?.map((f: { field: string }) => f.field)]).toEqual([400, ['benefitFen']]);

    expect(await outbox()).toBe(before);
    expect((await legalAid.http.get(`/v1/cases/${id}`)).body).toMatchObject({ status: 'closed', benefitFen: 100 });
    expect((await legalAid.http.get(`/v1/cases/${other.body.id}`)).body).toMatchObject({ status: 'assigned', benefitFen: null });
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM legal_aid.outbox WHERE partition_key = $1 AND event_type = 'legalaid.case.closed'`, [other.body.id]);
    expect(rows[0].n).toBe(0);
  });
});
