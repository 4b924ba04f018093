import { createPrivateTopics } from './support/private-topics';
import { Topics } from '@casetrack/contracts';
import { createEventProducer, createKafka } from '@casetrack/messaging';
import { randomInt, randomUUID } from 'node:crypto';
import { Producer } from 'kafkajs';
import { Client } from 'pg';
import { rate } from '../apps/reporting/src/annual-report/rate';
import { FIGURE_CATALOG } from '../apps/reporting/src/drill-through/figure-catalog';
import { REPORTING_CONFIG, ReportingConfig } from '../apps/reporting/src/config';
import { reconcile } from '../scripts/reconcile/reconcile';
import { RunningApp, startReporting } from './support/apps';
import { authHeaders } from './support/auth';
import { HttpClient } from './support/http-client';
import { examBody, LEGAL_EDUCATION_YEAR, recordLegalEducationYear, startLegalEducation } from './support/legal-education-app';
import { settled } from './support/settle';
import { TEST_DATABASE_URL, TEST_KAFKA_BROKERS, uniqueDistrict } from './support/test-env';

jest.setTimeout(180_000);

/**
 * The legal-education service → its own topic → reporting: the figures of 一(五) and 一(七) that
 * its records carry, each counted in the year of its business time, drilled through to its records,
 * said in the seed's words, and counted once when the topic delivers an event again.
 */
describe('legal education → Kafka → reporting', () => {
  const district = uniqueDistrict();
  const groupId = `test-${randomUUID()}`;
  let service: RunningApp;
  let reporting: RunningApp;
  let officer: HttpClient;
  let db: Client;
  let producer: Producer;

  beforeAll(async () => {
    await createPrivateTopics();
    db = new Client({ connectionString: TEST_DATABASE_URL });
    producer = createEventProducer(createKafka({ brokers: TEST_KAFKA_BROKERS, clientId: 'legal-education-report-e2e' }));
    [service, reporting] = await Promise.all([startLegalEducation(district), startReporting(district, groupId), db.connect(), producer.connect()]);
    officer = new HttpClient(service.url, authHeaders('legal-education-officer'));
  });

  afterAll(async () => {
    await producer?.disconnect();
    await Promise.all([service?.close(), reporting?.close(), db?.end()]);
  });

  const ok = async <T extends { status: number; body: any }>(request: Promise<T>, status = 201) => {
    const res = await request;
    expect({ status: res.status, body: res.body }).toEqual({ status, body: expect.anything() });
    return res.body;
  };
  const report = async (year: number, format = '') => (await reporting.http.get(`/v1/reports/annual/${year}?district=${district}${format}`)).body;

  /** The 2019 section these records make: the tests below check it against the report. */
  const expected2019 = {
    enforcementSessions: 2, enforcementTrained: 41, enforcementPassed: 40, enforcementPassRate: rate(40, 41),
    newlyPromotedSessions: 2, newlyPromotedExpected: 184, newlyPromotedSat: 182, newlyPromotedPassed: 182,
    newlyPromotedParticipationRate: rate(182, 184), newlyPromotedPassRate: rate(182, 182),
    annualSessions: 1, annualExpected: 190, annualSat: 190, annualPassed: 190, annualCityUniversity: 75, annualParticipationRate: rate(190, 190), annualPassRate: rate(190, 190),
    mediaItems: 9, nationalMediaItems: 8, contests: 2, partyRegulationContests: 1, constitutionContests: 1, contestParticipants: 51_000,
    worksReleased: 2, microVideos: 2, constitutionMicroVideos: 2, worksAwarded: 2, nationalThirdPrizes: 1, cityThirdPrizes: 1,
    publicityActivities: 23, caseExplanations: 8, surveys: 1, surveyRespondents: 1000,
    surveyAwarenessRate: rate(850, 1000), surveyParticipationRate: rate(820, 1000), surveySatisfactionRate: rate(900, 1000),
    villagesAssessed: 4, villagesMeetingStandard: 3,
  };

  beforeAll(async () => {
    // Two enforcement sessions of 2019, and one held at 00:30 on 1 January 2020 in Shanghai (16:30 UTC on 31 December): 2020's.
    for (const [audience, n, passed, heldAt] of [
      ['enforcement-new-certificate', 25, 25, '2019-03-20T09:00:00+08:00'], ['enforcement-renewal', 16, 15, '2019-09-20T09:00:00+08:00'], ['enforcement-renewal', 5, 5, '2019-12-31T16:30:00Z'],
    ] as const) {
      const exam = await ok(officer.post('/v1/exams', examBody('2019-03-01T09:00:00+08:00', { audience, candidatesExpected: n })));
      await ok(officer.post(`/v1/exams/${exam.id}/results`, { heldAt, sat: n, passed }), 200);
    }
    for (const [candidatesExpected, sat] of [[92, 91], [92, 91]]) {
      const exam = await ok(officer.post('/v1/exams', examBody('2019-05-01T09:00:00+08:00', { candidatesExpected })));
      await ok(officer.post(`/v1/exams/${exam.id}/results`, { heldAt: '2019-05-20T09:00:00+08:00', sat, passed: sat }), 200);
    }
    const annual = await ok(officer.post('/v1/exams', examBody('2019-10-01T09:00:00+08:00', { audience: 'annual-leaders', candidatesExpected: 190, cityUniversityCandidates: 75 })));
    await ok(officer.post(`/v1/exams/${annual.id}/results`, { heldAt: '2019-10-20T09:00:00+08:00', sat: 190, passed: 190 }), 200);
    const cancelled = await ok(officer.post('/v1/exams', examBody('2019-11-01T09:00:00+08:00')));
    await ok(officer.post(`/v1/exams/${cancelled.id}/cancel`, { cancelledAt: '2019-11-02T09:00:00+08:00' }), 200);

    for (let i = 0; i < 9; i++) await ok(officer.post('/v1/media-items', { level: i < 8 ? 'national' : 'city', outlet: '某媒体', headline: '普法信息', adoptedAt: `2019-${String(i + 1).padStart(2, '0')}-05T09:00:00+08:00` }));
    for (const [kind, participants] of [['party-regulations', 21_000], ['constitution', 30_000]] as const) {
      const contest = await ok(officer.post('/v1/contests', { title: '知识竞赛', kind, openedAt: '2019-11-01T09:00:00+08:00' }));
      await ok(officer.post(`/v1/contests/${contest.id}/close`, { closedAt: '2019-12-04T09:00:00+08:00', participants }), 200);
    }
    await ok(officer.post('/v1/contests', { title: '尚未结束', kind: 'other', openedAt: '2019-12-10T09:00:00+08:00' }));
    for (const [title, level] of [['学宪法·有办法', 'national'], ['宪法为你遮风挡雨', 'city']]) {
      const work = await ok(officer.post('/v1/works', { title, kind: 'micro-video', series: 'i-and-the-constitution', releasedAt: '2019-03-01T09:00:00+08:00' }));
      await ok(officer.post(`/v1/works/${work.id}/award`, { level, rank: 'third', awardedAt: '2019-11-20T09:00:00+08:00' }), 200);
    }
    const units = [`测试单位甲${district}`, `测试单位乙${district}`];
    for (let i = 0; i < 23; i++)
      await ok(officer.post('/v1/publicity-activities', { unit: units[i % 2], kind: i % 3 === 0 ? 'case-explanation' : 'publicity', heldAt: `2019-${String((i % 12) + 1).padStart(2, '0')}-12T09:00:00+08:00`, subject: '普法宣传' }));
    await ok(officer.post('/v1/surveys', { conductedAt: '2019-12-15T09:00:00+08:00', respondents: 1000, aware: 850, participated: 820, satisfied: 900 }));
    for (const [i, meetsStandard] of [true, true, true, false].entries())
      await ok(officer.post('/v1/village-assessments', { village: `测试村${i}${district}`, assessedAt: '2019-11-05T09:00:00+08:00', meetsStandard }));
    await settled(reporting, [service]);
  });

  it('counts every figure in the year of its business time in the district time zone', async () => {
    expect((await report(2019)).legalEducation).toEqual(expected2019);
    expect((await report(2020)).legalEducation).toMatchObject({ enforcementSessions: 1, enforcementTrained: 5, newlyPromotedSessions: 0, publicityActivities: 0 });
  });

  it('says the figures of 一(五) and 一(七) in the seed\'s words and order, exact in the table', async () => {
    const text: string = await report(2019, '&format=markdown');
    expect(text).toContain('坚持每年举办执法人员通用法律知识培训，对全区41名新办证和到期换发证件人员进行培训、考试。');
    expect(text).toContain(
      '全年组织新提任领导干部法治理论知识考试2场，182名新提任干部参加考试，参考率98.91%，通过率100.0%；组织开展年度法治理论知识考试，190名副处级(含75名市属高校领导)以上领导干部参加考试，参考率100.0%，通过率100.0%。' +
        '国家级媒体采用普法信息8条。开展党内法规知识竞赛和宪法知识竞赛活动，参与人数达5.1万。拍摄“我与宪法”公益微视频2部，1部获全国三等奖；1部获全市三等奖。' +
        '全年全区各单位开展普法宣传、以案释法等活动20余场次，市民群众普法知晓率、普法活动参与率和满意率均达80%以上。' +
        '开展民主示范村(社区)自治、法治、德治“三治结合”建设行动，达标村(社区)3个。',
    );
    expect(text).not.toMatch(/学宪法|遮风挡雨/); // titles stay in the service
    expect(text).toMatch(/\| 各单位开展普法宣传、以案释法等活动 publicityActivities +\| 23 +\|/); // 20余 in the prose, as the seed rounds
    expect(text).toMatch(/\| 知识竞赛参与人数 contestParticipants +\| 51000 +\|/);
  });

  it('opens every legal-education figure to exactly as many records as it counts, and every breakdown adds up to it', async () => {
    for (const figure of Object.keys(FIGURE_CATALOG['legal-education'].figures)) {
      const res = await reporting.http.get(`/v1/reports/annual/2019/legal-education/cases?district=${district}&figure=${figure}&limit=1000`);
      const want = expected2019[figure as keyof typeof expected2019];
      expect([figure, res.status, res.body.total, res.body.items.length]).toEqual([figure, 200, want, want]);
    }
    for (const by of ['unit', 'month']) {
      const rows = (await reporting.http.get(`/v1/reports/annual/2019/legal-education?by=${by}&district=${district}`)).body.rows as Record<string, number>[];
      const sum = (f: string) => rows.reduce((s, r) => s + r[f], 0);
      // Only activities and villages belong to a unit: by unit the exams are in no row.
      expect([by, sum('publicityActivities'), sum('villagesMeetingStandard'), sum('enforcementTrained')]).toEqual([by, 23, 3, by === 'unit' ? 0 : 41]);
    }
    const narrowed = await reporting.http.get(`/v1/reports/annual/2019/legal-education/cases?district=${district}&figure=publicityActivities&unit=${encodeURIComponent(`测试单位甲${district}`)}`);
    expect(narrowed.body.total).toBe(12);
  });

  it('agrees, figure for figure, with the legal-education tables recomputed by reconcile', async () => {
    // The tables have no district column, so the reconciliation of a year reads every record of it:
    // a year no test writes legal-education records in.
    const tables = { exams: ['held_at'], contests: ['closed_at'], works: ['released_at', 'awarded_at'], activities: ['held_at'], media_items: ['adopted_at'], surveys: ['conducted_at'], village_assessments: ['assessed_at'] };
    const used = async (year: number) => {
      for (const [table, columns] of Object.entries(tables))
        for (const column of columns) {
          const { rows } = await db.query(`SELECT count(*)::int AS n FROM legal_education.${table} WHERE extract(year FROM ${column} AT TIME ZONE 'Asia/Shanghai') = $1`, [year]);
          if (rows[0].n > 0) return true;
        }
      return false;
    };
    let year = randomInt(1960, 2000);
    while (await used(year)) year = randomInt(1960, 2000);
    await recordLegalEducationYear(officer, year);
    await settled(reporting, [service]);
    expect((await report(year)).legalEducation).toEqual(LEGAL_EDUCATION_YEAR);
    const result = await reconcile({ databaseUrl: TEST_DATABASE_URL, reportingUrl: reporting.url, year, district, timeZone: 'Asia/Shanghai', headers: authHeaders('admin') });
    expect(result.differences.filter((d) => d.figure.startsWith('legalEducation.'))).toEqual([]);
  });

  it('counts an event once when the topic delivers it again, and dead-letters an event type it does not know', async () => {
    const before = (await report(2019)).legalEducation;
    const { rows } = await db.query<{ partition_key: string; value: string }>(
      `SELECT partition_key, value FROM legal_education.outbox WHERE (value::jsonb ->> 'district') = $1 ORDER BY id`,
      [district],
    );
    expect(rows.length).toBeGreaterThan(40);
    const unknown = { eventId: randomUUID(), type: 'legaleducation.exam.postponed', version: 1, occurredAt: '2019-06-01T09:00:00+08:00', district, caseId: randomUUID(), sequence: 1, actorId: null, payload: {} };
    await producer.send({
      topic: Topics.legalEducation, acks: -1,
      messages: [...rows.map((r) => ({ key: r.partition_key, value: r.value })), { key: unknown.caseId, value: JSON.stringify(unknown) }],
    });
    await settled(reporting, [service]);
    expect((await report(2019)).legalEducation).toEqual(before);
    const { schema } = reporting.app.get<ReportingConfig>(REPORTING_CONFIG as never, { strict: false });
    const letters = await db.query(
      `SELECT kind, reason FROM "${schema}".dead_letters WHERE group_id = $1 AND topic = $2 AND position($3 in convert_from(message_value, 'UTF8')) > 0`,
      [groupId, Topics.legalEducation, unknown.eventId],
    );
    expect(letters.rows).toEqual([{ kind: 'unknown-type', reason: 'unknown event type legaleducation.exam.postponed v1' }]);
  });
});
