import { Topics } from '@casetrack/contracts';
import { createKafka } from '@casetrack/messaging';
import { Consumer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { differences } from '../scripts/load-2019/compare';
import { fileReviewLoader } from '../scripts/load-2019/file-review.loader';
import { RunningApp, startReporting } from './support/apps';
import { authHeaders } from './support/auth';
import { penaltyFiles, recheckDraw, startFileReview } from './support/file-review-app';
import { settled } from './support/settle';
import { eventually, TEST_DATABASE_URL, TEST_KAFKA_BROKERS, uniqueDistrict } from './support/test-env';

interface SeenEvent {
  raw: string;
  event: { type: string; caseId: string; sequence: number; district: string; payload: Record<string, any> };
}

// Years keep the tests apart inside the suite's district: the graded campaign reviews in 2021,
// the draw and validation tests use 2022 campaigns and never review, the loader fills 2019.
describe('file review → Kafka → reporting', () => {
  const district = uniqueDistrict();
  let fileReview: RunningApp;
  let reporting: RunningApp;
  let db: Client;
  let consumer: Consumer;
  const seen: SeenEvent[] = [];

  beforeAll(async () => {
    [fileReview, reporting] = await Promise.all([startFileReview(district), startReporting(district, `test-${randomUUID()}`)]);
    db = new Client({ connectionString: TEST_DATABASE_URL });
    await db.connect();
    consumer = createKafka({ brokers: TEST_KAFKA_BROKERS, clientId: 'file-review-e2e' }).consumer({ groupId: `test-file-review-events-${randomUUID()}`, maxWaitTimeInMs: 500 });
    await consumer.connect();
    await consumer.subscribe({ topics: [Topics.fileReview], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const raw = message.value?.toString('utf8') ?? '';
        try {
          const event = JSON.parse(raw);
          if (event.district === district) seen.push({ raw, event });
        } catch {
          // not an event of ours
        }
      },
    });
  });

  afterAll(async () => {
    await consumer?.disconnect();
    await db?.end();
    await Promise.all([fileReview?.close(), reporting?.close()]);
  });

  const http = () => fileReview.http;
  const report = async (year: number) => (await reporting.http.get(`/v1/reports/annual/${year}?district=${district}`)).body;
  /** The report once reporting has applied every event the service has written. */
  const settledReport = async (year: number) => {
    await settled(reporting, [fileReview]);
    return report(year);
  };
  const breakdown = async (year: number, by: string) => reporting.http.get(`/v1/reports/annual/${year}/file-review?district=${district}&by=${by}`);

  async function openCampaign(year: number, panel: { role: string; name?: string }[] = [{ role: 'legal-adviser' }]) {
    const res = await http().post('/v1/campaigns', { year, title: `案卷评查 ${randomUUID()}`, panel });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  const files = penaltyFiles;

  async function pool(id: string, list: unknown[]) {
    const res = await http().post(`/v1/campaigns/${id}/files`, { files: list });
    expect(res.status).toBe(201);
    return res.body;
  }

  it('draws the same file numbers with the same seed from two campaigns that pooled the same numbers in different orders', async () => {
    const pool40 = files('沙城管罚', 40);
    const [a, b] = [await openCampaign(2022), await openCampaign(2022)];
    await pool(a, pool40);
    const reversed = [...pool40].reverse();
    await pool(b, reversed.slice(0, 15));
    await pool(b, reversed.slice(15));

    const drawA = await http().post(`/v1/campaigns/${a}/draw`, { sampleSize: 8, seed: 'e2e-公开抽签' });
    const drawB = await http().post(`/v1/campaigns/${b}/draw`, { sampleSize: 8, seed: 'e2e-公开抽签' });
    expect([drawA.status, drawB.status]).toEqual([200, 200]);
    const numbers = (d: typeof drawA) => d.body.files.map((f: { fileNumber: string }) => f.fileNumber);
    expect(numbers(drawB)).toEqual(numbers(drawA));
    expect(numbers(drawA)).toEqual(recheckDraw('e2e-公开抽签', pool40.map((f) => f.fileNumber), 8));
    expect(drawB.body.files.map((f: { id: string }) => f.id)).not.toEqual(drawA.body.files.map((f: { id: string }) => f.id));

    const campaign = (await http().get(`/v1/campaigns/${b}`)).body;
    expect(campaign).toMatchObject({ status: 'sampled', seed: 'e2e-公开抽签', poolSize: 40, sampleSize: 8, drawnFileNumbers: numbers(drawA) });
    expect(campaign.counts).toMatchObject({ pooled: 40, drawn: 8, reviewed: 0 });
  });

  it('records a random seed when none is given, from which the draw can be re-run', async () => {
    const id = await openCampaign(2022);
    const list = files('沙环罚', 12, '重庆市沙坪坝区生态环境局');
    await pool(id, list);
    const draw = await http().post(`/v1/campaigns/${id}/draw`, { sampleSize: 3 });
    expect(draw.status).toBe(200);
    expect(draw.body.seed).toEqual(expect.any(String));
    expect(draw.body.drawnFileNumbers).toEqual(recheckDraw(draw.body.seed, list.map((f) => f.fileNumber), 3));
  });

  it('refuses a sample larger than the pool with a 400 naming sampleSize and leaves the campaign open', async () => {
    const id = await openCampaign(2022);
    await pool(id, files('沙交罚', 5, '沙坪坝区交通局'));
    const res = await http().post(`/v1/campaigns/${id}/draw`, { sampleSize: 6, seed: 's' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'CAMPAIGN.SAMPLE_LARGER_THAN_POOL', details: { field: 'sampleSize' } });
    expect(res.body.message).toMatch(/^sampleSize: /);
    expect((await http().get(`/v1/campaigns/${id}`)).body).toMatchObject({ status: 'open', seed: null });
  });

  it('answers a retried draw with the stored draw, refuses a second draw with a 409 naming sampled, and refuses pooling afterwards', async () => {
    const id = await openCampaign(2022);
    await pool(id, files('沙应急罚', 10, '沙坪坝区应急管理局'));
    const first = await http().post(`/v1/campaigns/${id}/draw`, { sampleSize: 4, seed: 'k' }, { 'Idempotency-Key': `draw-${id}` });
    const retry = await http().post(`/v1/campaigns/${id}/draw`, { sampleSize: 4, seed: 'k' }, { 'Idempotency-Key': `draw-${id}` });
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    const second = await http().post(`/v1/campaigns/${id}/draw`, { sampleSize: 4, seed: 'other' });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'CAMPAIGN.INVALID_TRANSITION', details: { status: 'sampled' } });
    const late = await http().post(`/v1/campaigns/${id}/files`, { files: files('沙应急罚补', 1, '沙坪坝区应急管理局') });
    expect(late.status).toBe(409);
    expect(late.body.message).toBe('cannot pool files into a campaign whose status is sampled');
  });

  it('reports duplicate file numbers, in the request (400) and against the pool (409), and adds none of the files', async () => {
    const id = await openCampaign(2022);
    await pool(id, files('沙市监处', 3, '沙坪坝区市场监督管理局'));
    const fresh = files('沙市监处新', 2, '沙坪坝区市场监督管理局');

    const inRequest = await http().post(`/v1/campaigns/${id}/files`, { files: [...fresh, fresh[1], fresh[1]] });
    expect(inRequest.status).toBe(400);
    expect(inRequest.body).toMatchObject({ code: 'FILE.DUPLICATE_NUMBERS', details: { field: 'files', duplicates: [fresh[1].fileNumber] } });

    const againstPool = await http().post(`/v1/campaigns/${id}/files`, { files: [...fresh, ...files('沙市监处', 2, '沙坪坝区市场监督管理局')] });
    expect(againstPool.status).toBe(409);
    expect(againstPool.body.details.duplicates).toEqual(['沙市监处〔2020〕1号', '沙市监处〔2020〕2号']);
    expect(againstPool.body.message).toContain('沙市监处〔2020〕1号');

    expect((await http().get(`/v1/campaigns/${id}`)).body.poolSize).toBe(3);
  });

  it('pools 5,000 files in one request', async () => {
    const id = await openCampaign(2022);
    const big = files('沙城管大', 5000);
    const res = await http().post(`/v1/campaigns/${id}/files`, { files: big });
    expect(res.status).toBe(201);
    expect(res.body.poolSize).toBe(5000);
    expect(new Set(res.body.files.map((f: { id: string }) => f.id)).size).toBe(5000);
    const tooMany = await http().post(`/v1/campaigns/${id}/files`, { files: [...big.slice(0, 1), ...big] });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.fields).toEqual([{ field: 'files', problems: [expect.stringContaining('5000')] }]);
  });

  it('refuses bad bodies with a 400 naming each bad field', async () => {
    const campaign = await http().post('/v1/campaigns', { year: 1999, title: ' \u3000 ', panel: [{ role: 'judge' }], chair: 'x' });
    expect(campaign.status).toBe(400);
    expect(campaign.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['chair', 'panel[0].role', 'title', 'year']);
    const id = await openCampaign(2022);
    const nul = await http().post(`/v1/campaigns/${id}/files`, { files: [{ ...files('x', 1)[0], fileNumber: 'A\u00001' }] });
    expect(nul.status).toBe(400);
    expect(nul.body.fields[0].field).toBe('files[0].fileNumber');
    const review = await http().post(`/v1/files/${randomUUID()}/review`, { reviewedAt: '2022-01-01', score: 101, problems: [{ category: 'bogus' }] });
    expect(review.status).toBe(400);
    expect(review.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'problems[0].category', 'problems[0].description', 'reviewedAt', 'score',
    ]);
    expect((await http().post(`/v1/campaigns/${randomUUID()}/draw`, { sampleSize: 1 })).status).toBe(404);
    const forged = Buffer.from(JSON.stringify(['\u0000', randomUUID()])).toString('base64url');
    const page = await http().get(`/v1/campaigns/${id}/files?cursor=${forged}`);
    expect([page.status, page.body.fields?.[0]?.field ?? page.body.details?.field]).toEqual([400, 'cursor']);
  });

  describe('a campaign reviewed in 2021', () => {
    let id: string;
    let drawn: { id: string; fileNumber: string; agency: string }[];
    const reviews = [
      { score: 59, reviewedAt: '2020-12-31T16:30:00Z', problems: [{ category: 'procedure', description: '未告知听证权利' }, { category: 'evidence', description: '=现场笔录未签字' }] },
      { score: 60, reviewedAt: '2021-03-01T10:00:00+08:00', problems: [{ category: 'procedure', description: '立案晚于调查' }, { category: 'procedure', description: '超期送达' }] },
      { score: 75, reviewedAt: '2021-03-02T10:00:00+08:00', problems: [{ category: 'documentation', description: '决定书载明"罚款"金额, 与缴款书不符' }] },
      { score: 90, reviewedAt: '2021-03-03T10:00:00+08:00', problems: [] },
    ];

    beforeAll(async () => {
      id = await openCampaign(2021, [{ role: 'npc-deputy', name: '王代表' }, { role: 'cppcc-member' }, { role: 'scholar' }]);
      await pool(id, [...files('沙交罚', 3, '沙坪坝区交通局'), ...files('沙城管罚', 3)]);
      const draw = await http().post(`/v1/campaigns/${id}/draw`, { sampleSize: 5, seed: 'graded' });
      expect(draw.status).toBe(200);
      drawn = draw.body.files;
    });

    it('refuses to review a file that was not drawn, with a 409 naming its status pooled', async () => {
      const left = (await http().get(`/v1/campaigns/${id}/files?drawn=false`)).body.items;
      expect(left).toHaveLength(1);
      const res = await http().post(`/v1/files/${left[0].id}/review`, reviews[3]);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'FILE.INVALID_TRANSITION', message: 'cannot review a file whose status is pooled', details: { status: 'pooled' } });
    });

    it('grades each review from its score (59 fail, 60 pass, 75 good, 90 excellent) and refuses a second review', async () => {
      const grades = [];
      for (const [i, review] of reviews.entries()) {
        const res = await http().post(`/v1/files/${drawn[i].id}/review`, review);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ status: 'reviewed', score: review.score, problems: review.problems });
        grades.push(res.body.grade);
      }
      expect(grades).toEqual(['fail', 'pass', 'good', 'excellent']);
      const again = await http().post(`/v1/files/${drawn[0].id}/review`, reviews[0]);
      expect(again.status).toBe(409);
      expect(again.body.message).toBe('cannot review a file whose status is reviewed');
    });

    it('refuses a review after the notice with a 409 naming the status noticed', async () => {
      const notice = await http().post(`/v1/campaigns/${id}/notice`, { issuedAt: '2021-04-01T10:00:00+08:00' });
      expect(notice.status).toBe(200);
      expect(notice.body).toMatchObject({ status: 'noticed', issuedAt: '2021-04-01T10:00:00+08:00', counts: { drawn: 5, reviewed: 4, awaitingReview: 1, problems: 5 } });
      const late = await http().post(`/v1/files/${drawn[4].id}/review`, reviews[3]);
      expect(late.status).toBe(409);
      expect(late.body).toMatchObject({ message: 'cannot review files of a campaign whose status is noticed', details: { status: 'noticed' } });
    });

    it('lists the problems by agency and category as JSON', async () => {
      const res = await http().get(`/v1/campaigns/${id}/problem-list`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'noticed', filesReviewed: 4, problems: 5 });
      const problems = res.body.agencies.flatMap((a: any) => a.categories.flatMap((c: any) => c.problems.map((p: any) => [a.agency, c.category, p.fileNumber, p.description])));
      const expected = reviews.flatMap((r, i) => r.problems.map((p) => [drawn[i].agency, p.category, drawn[i].fileNumber, p.description]));
      expect(problems).toHaveLength(5);
      expect(new Set(problems.map((p: string[]) => p.join('|')))).toEqual(new Set(expected.map((p) => p.join('|'))));
      for (const agency of res.body.agencies)
        expect(agency.categories.map((c: any) => c.category)).toEqual(
          ['procedure', 'evidence', 'law-application', 'discretion', 'documentation', 'jurisdiction'].filter((c) => agency.categories.some((x: any) => x.category === c)),
        );
    });

    it('lists the problems as CSV with a header row, quoting and defusing cells', async () => {
      const res = await fetch(`${fileReview.url}/v1/campaigns/${id}/problem-list?format=csv`, { headers: authHeaders() });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      const lines = (await res.text()).split('\r\n');
      expect(lines[0]).toBe('agency,category,fileNumber,score,grade,description');
      expect(lines.filter((l) => l !== '')).toHaveLength(6);
      expect(lines.some((l) => l.endsWith(',75,good,"决定书载明""罚款""金额, 与缴款书不符"'))).toBe(true);
      expect(lines.some((l) => l.endsWith(",59,fail,'=现场笔录未签字"))).toBe(true);
      expect((await http().get(`/v1/campaigns/${id}/problem-list?format=xml`)).status).toBe(400);
    });

    it('counts the reviews in the report by reviewedAt in the district time zone (2020-12-31T16:30Z is 2021)', async () => {
      const r2021 = await settledReport(2021);
      expect(r2021.fileReview).toEqual({
        filesReviewed: 4,
        averageScore: 71,
        byGrade: { excellent: 1, good: 1, pass: 1, fail: 1 },
        problems: 5,
        problemsByCategory: { procedure: 3, evidence: 1, 'law-application': 0, discretion: 0, documentation: 1, jurisdiction: 0 },
        procedureProblemShare: { value: 0.5, display: '50.0%', numerator: 2, denominator: 4 },
        campaigns: 1,
        filesSampled: 5,
        campaignsNoticed: 1,
        panelByRole: { 'npc-deputy': 1, 'cppcc-member': 1, 'legal-adviser': 0, scholar: 1, official: 0 },
      });
      const r2020 = await report(2020);
      expect(r2020.fileReview).toMatchObject({ filesReviewed: 0, averageScore: null, procedureProblemShare: null });
    });

    it('breaks the 2021 figures down by grade, agency and problem category', async () => {
      const byGrade = (await breakdown(2021, 'grade')).body.rows;
      expect(byGrade.map((r: any) => [r.grade, r.filesReviewed, r.averageScore])).toEqual([
        ['excellent', 1, 90], ['good', 1, 75], ['pass', 1, 60], ['fail', 1, 59],
      ]);
      const byAgency = (await breakdown(2021, 'agency')).body.rows;
      expect(byAgency.reduce((s: number, r: any) => s + r.filesReviewed, 0)).toBe(4);
      expect(byAgency.reduce((s: number, r: any) => s + r.problems, 0)).toBe(5);
      const byCategory = (await breakdown(2021, 'problemCategory')).body.rows;
      expect(byCategory[0]).toEqual({ problemCategory: 'procedure', problems: 3, filesWithProblem: 2, shareOfFiles: { value: 0.5, display: '50.0%', numerator: 2, denominator: 4 } });
      expect(byCategory).toHaveLength(6);
      expect((await breakdown(2021, 'month')).status).toBe(400);
    });

    it('publishes every event of the campaign keyed by the campaign id, sequenced 1, 2, 3… in order, without names or descriptions', async () => {
      const mine = await eventually(
        async () => seen.filter((s) => s.event.caseId === id),
        (list) => list.length === 1 + 5 + 4 + 1,
        60_000,
        'the campaign\'s 11 events on the topic',
      );
      expect(mine.map((s) => s.event.sequence)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
      expect(mine.map((s) => s.event.type)).toEqual([
        'filereview.campaign.opened', ...Array(5).fill('filereview.file.sampled'), ...Array(4).fill('filereview.file.reviewed'), 'filereview.campaign.noticed',
      ]);
      const text = mine.map((s) => s.raw).join('\n');
      for (const secret of ['王代表', '未告知听证权利', '缴款书']) expect(text).not.toContain(secret);
    });
  });

  it('loads a scaled-down 2019 campaign that the report shows figure by figure, and a second run changes nothing', async () => {
    const runId = `e2e-${randomUUID()}`;
    const ctx = { baseUrl: fileReview.url, district, scale: 0.1, concurrency: 4, runId, headers: authHeaders(), progress: () => undefined };
    await fileReviewLoader.load(ctx);
    const expected = fileReviewLoader.expected(0.1);
    expect(expected.filesReviewed).toBe(7);
    const r2019 = await settledReport(2019);
    expect(differences(r2019.fileReview, expected)).toEqual([]);

    const count = async () => {
      const [row] = (
        await db.query(
          `SELECT (SELECT count(*) FROM file_review.campaigns WHERE title LIKE $1)::int AS campaigns,
                  (SELECT count(*) FROM file_review.outbox o JOIN file_review.campaigns c ON o.partition_key = c.id::text WHERE c.title LIKE $1)::int AS events,
                  (SELECT count(*) FROM file_review.files f JOIN file_review.campaigns c ON f.campaign_id = c.id WHERE c.title LIKE $1)::int AS files`,
          [`%${runId}%`],
        )
      ).rows;
      return row;
    };
    const before = await count();
    expect(before).toEqual({ campaigns: 1, events: 1 + 7 + 7 + 1, files: 60 });
    await fileReviewLoader.load(ctx);
    expect(await count()).toEqual(before);
  });
});
