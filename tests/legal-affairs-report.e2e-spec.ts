import { createPrivateTopics } from './support/private-topics';
import { Topics } from '@casetrack/contracts';
import { createEventProducer, createKafka } from '@casetrack/messaging';
import { randomInt, randomUUID } from 'node:crypto';
import { Producer } from 'kafkajs';
import { Client } from 'pg';
import { FIGURE_CATALOG } from '../apps/reporting/src/drill-through/figure-catalog';
import { REPORTING_CONFIG, ReportingConfig } from '../apps/reporting/src/config';
import { reconcile } from '../scripts/reconcile/reconcile';
import { RunningApp, startReporting } from './support/apps';
import { authHeaders } from './support/auth';
import { HttpClient } from './support/http-client';
import { contractBody, documentBody, engagementBody, LEGAL_AFFAIRS_YEAR, recordLegalAffairsYear, startLegalAffairs } from './support/legal-affairs-app';
import { settled } from './support/settle';
import { TEST_DATABASE_URL, TEST_KAFKA_BROKERS, uniqueDistrict } from './support/test-env';

jest.setTimeout(180_000);

/**
 * The legal-affairs service → its own topic → reporting: the figures of 一(一) and 一(三) that its
 * records carry, each counted in the year of its business time, drilled through to its records,
 * said in the seed's words, and counted once when the topic delivers an event again.
 */
describe('legal affairs → Kafka → reporting', () => {
  const district = uniqueDistrict();
  const groupId = `test-${randomUUID()}`;
  let service: RunningApp;
  let reporting: RunningApp;
  let officer: HttpClient;
  let db: Client;
  let producer: Producer;
  /** The registry's units of this run: active at the end of 2019 with an adviser, active without one, dissolved in 2019. */
  const units = { covered: { name: '', id: '' }, uncovered: { name: '', id: '' }, gone: { name: '', id: '' } };
  let coveringEngagement: string;

  beforeAll(async () => {
    await createPrivateTopics();
    db = new Client({ connectionString: TEST_DATABASE_URL });
    producer = createEventProducer(createKafka({ brokers: TEST_KAFKA_BROKERS, clientId: 'legal-affairs-report-e2e' }));
    [service, reporting] = await Promise.all([startLegalAffairs(district), startReporting(district, groupId), db.connect(), producer.connect()]);
    officer = new HttpClient(service.url, authHeaders('legal-affairs-officer'));
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
    agendaMeetings: 32, coordinationGroupsEstablished: 4, coordinationGroupsDissolved: 1, committeeMeetings: 2, committeeFirstMeetings: 1,
    documentsSubmitted: 4, documentsReviewed: 3, documentsNormative: 2, documentsFiled: 2, filedFoundUnlawfulOrRevoked: 1,
    cleanupReviewed: 4, cleanupKept: 1, cleanupAmended: 1, cleanupRepealed: 2,
    contractsSubmitted: 3, contractsReviewed: 3, investmentContractsReviewed: 2, engagementsStarted: 2, engagementsEnded: 1,
    adviserWork: 6, adviserContractWork: 3, adviserCasesRepresented: 2, adviserSpecialServices: 1,
    unitsAtYearEnd: 2, unitsWithAdviser: 1, adviserCoverage: { value: 0.5, display: '50.0%', numerator: 1, denominator: 2 },
  };

  beforeAll(async () => {
    // 32 meetings in 2019, and one at 00:30 on 1 January 2020 in Shanghai (16:30 UTC on 31 December): 2020's.
    for (let i = 0; i < 32; i++)
      await ok(officer.post('/v1/agenda-meetings', { kind: i % 2 ? 'party-group' : 'director-office', heldAt: `2019-${String((i % 12) + 1).padStart(2, '0')}-15T09:00:00+08:00`, subject: '研究法治政府建设工作' }));
    await ok(officer.post('/v1/agenda-meetings', { kind: 'party-group', heldAt: '2019-12-31T16:30:00Z', subject: '研究法治政府建设工作' }));

    const doc = async () => (await ok(officer.post('/v1/documents', documentBody('2019-03-01T09:00:00+08:00')))).id as string;
    const [filedAndRevoked, filed, notNormative] = [await doc(), await doc(), await doc()];
    await doc(); // submitted only
    for (const [id, normative] of [[filedAndRevoked, true], [filed, true], [notNormative, false]] as const)
      await ok(officer.post(`/v1/documents/${id}/review`, { reviewedAt: '2019-03-10T09:00:00+08:00', opinion: 'approved', normative }), 200);
    for (const id of [filedAndRevoked, filed]) await ok(officer.post(`/v1/documents/${id}/filing`, { filedAt: '2019-03-20T09:00:00+08:00' }), 200);
    // Found in 2020, counted with the filings of 2019 ("审查、备案的规范性文件…被认定违法或撤销").
    await ok(officer.post(`/v1/documents/${filedAndRevoked}/finding`, { finding: 'revoked', foundAt: '2020-02-01T09:00:00+08:00' }), 200);

    // The committee: four groups set up in March (one dissolved in November), its first meeting and its second.
    for (const field of ['legislation', 'enforcement', 'judiciary', 'law-observance']) {
      const group = await ok(officer.post('/v1/coordination-groups', { field, name: `${field}协调小组`, establishedAt: '2019-03-12T10:00:00+08:00' }));
      if (field === 'judiciary') await ok(officer.post(`/v1/coordination-groups/${group.id}/dissolution`, { dissolvedAt: '2019-11-01T10:00:00+08:00' }), 200);
    }
    for (const [number, heldAt] of [[1, '2019-04-18T15:00:00+08:00'], [2, '2019-10-18T15:00:00+08:00']] as const)
      await ok(officer.post('/v1/committee-meetings', { number, heldAt, subject: '审议年度工作要点' }));

    // A clean-up: four decisions of 2019 (one kept, one amended, two repealed), one at 00:30 on 1
    // January 2020 in Shanghai (2020's), closed in 2020: the close's counts are not counted again.
    const campaign = await ok(officer.post('/v1/cleanup-campaigns', { title: '现行有效行政规范性文件清理', startedAt: '2019-04-01T09:00:00+08:00' }));
    for (const [i, [outcome, decidedAt]] of ([['kept', '2019-05-01T09:00:00+08:00'], ['amended', '2019-05-02T09:00:00+08:00'], ['repealed', '2019-05-03T09:00:00+08:00'], ['repealed', '2019-06-03T09:00:00+08:00'], ['kept', '2019-12-31T16:30:00Z']] as const).entries())
      await ok(officer.post(`/v1/cleanup-campaigns/${campaign.id}/decisions`, { document: `某某管理办法（${i + 1}）`, outcome, decidedAt }));
    await ok(officer.post(`/v1/cleanup-campaigns/${campaign.id}/close`, { closedAt: '2020-01-05T09:00:00+08:00' }), 200);

    for (const kind of ['government-investment-project', 'government-investment-project', 'procurement']) {
      const contract = await ok(officer.post('/v1/contracts', contractBody('2019-05-01T09:00:00+08:00', { kind })));
      await ok(officer.post(`/v1/contracts/${contract.id}/review`, { reviewedAt: '2019-05-08T09:00:00+08:00', opinion: 'approved-with-changes' }), 200);
    }

    const engagement = await ok(officer.post('/v1/engagements', engagementBody('2019-01-02T09:00:00+08:00')));
    const kinds = ['contract-drafted-or-reviewed', 'contract-drafted-or-reviewed', 'contract-drafted-or-reviewed', 'case-represented', 'case-represented', 'special-service'];
    for (const [i, kind] of kinds.entries())
      await ok(officer.post(`/v1/engagements/${engagement.id}/work-records`, { kind, performedAt: `2019-0${i + 2}-10T09:00:00+08:00` }));
    await ok(officer.post(`/v1/engagements/${engagement.id}/end`, { endedAt: '2019-12-20T09:00:00+08:00' }), 200);

    // The registry (names of this run: the service's registry is every district's): two units active
    // on 31 December 2019, one with an adviser then, one dissolved before; the engagement above ended.
    for (const [key, n] of [['covered', '甲'], ['uncovered', '乙'], ['gone', '丙']] as const) {
      const name = `测试单位${n}${district}`;
      units[key] = { name, id: (await ok(officer.post('/v1/units', { name, registeredAt: '2018-06-01T09:00:00+08:00' }))).id };
    }
    await ok(officer.post(`/v1/units/${units.gone.id}/dissolution`, { dissolvedAt: '2019-09-01T09:00:00+08:00' }), 200);
    coveringEngagement = (await ok(officer.post('/v1/engagements', engagementBody('2019-02-01T09:00:00+08:00', { unit: units.covered.name })))).id;
    await settled(reporting, [service]);
  });

  it('counts every figure in the year of its business time in the district time zone', async () => {
    expect((await report(2019)).legalAffairs).toEqual(expected2019);
    // At the end of 2018 the units were active and none had an adviser yet.
    expect((await report(2018)).legalAffairs).toMatchObject({ unitsAtYearEnd: 3, unitsWithAdviser: 0, adviserCoverage: { numerator: 0, denominator: 3 } });
    expect((await report(2020)).legalAffairs).toMatchObject({ agendaMeetings: 1, documentsReviewed: 0, filedFoundUnlawfulOrRevoked: 0, cleanupReviewed: 1, cleanupKept: 1, coordinationGroupsEstablished: 0 });
  });

  it('says the figures of 一(一), 一(二) and 一(三) in the seed\'s words and order, the meetings rounded as the seed does and exact in the table', async () => {
    const text: string = await report(2019, '&format=markdown');
    expect(text).toContain('局党组会、局长办公会研究法治建设工作情况30余次。');
    expect(text).toContain('推动设立立法、执法、司法、普法守法4个协调小组，召开区委全面依法治区委员会第一次会议。');
    expect(text.indexOf('30余次')).toBeLessThan(text.indexOf('4个协调小组'));
    expect(text.indexOf('第一次会议')).toBeLessThan(text.indexOf('审查区级各类重大文件3件'));
    expect(text).toContain(
      '认真审查区级各类重大文件3件，认定行政规范性文件2件。审查、备案的规范性文件中1件被认定违法或撤销。全面清理现行有效的4件行政规范性文件，废止2件。全年共合法性审查政府性投资项目合同2件。' +
        '全年协助起草、修改、审查合同和协议3个，代理复议、诉讼案件2件，提供其他专项法律服务1次。',
    );
    expect(text).not.toContain('全覆盖'); // one of the two units had no adviser
    expect(text).toMatch(/\| 局党组会、局长办公会研究法治建设工作 agendaMeetings +\| 32 +\|/);
  });

  it('opens every legal-affairs figure to exactly as many records as it counts, and every breakdown adds up to it', async () => {
    for (const figure of Object.keys(FIGURE_CATALOG['legal-affairs'].figures)) {
      const res = await reporting.http.get(`/v1/reports/annual/2019/legal-affairs/cases?district=${district}&figure=${figure}&limit=1000`);
      expect([figure, res.status, res.body.total, res.body.items.length]).toEqual([figure, 200, expected2019[figure as keyof typeof expected2019], expected2019[figure as keyof typeof expected2019]]);
    }
    const work = (await reporting.http.get(`/v1/reports/annual/2019/legal-affairs/cases?district=${district}&figure=adviserWork`)).body.items;
    expect(new Set(work.map((i: { workRecordId: string }) => i.workRecordId)).size).toBe(6);
    for (const by of ['unit', 'month']) {
      const rows = (await reporting.http.get(`/v1/reports/annual/2019/legal-affairs?by=${by}&district=${district}`)).body.rows as Record<string, number>[];
      const sum = (f: string) => rows.reduce((s, r) => s + r[f], 0);
      // Meetings belong to no unit: by unit they are in no row.
      expect([by, sum('documentsReviewed'), sum('investmentContractsReviewed'), sum('adviserWork'), sum('agendaMeetings')]).toEqual([by, 3, 2, 6, by === 'unit' ? 0 : 32]);
    }
    const decisions = (await reporting.http.get(`/v1/reports/annual/2019/legal-affairs/cases?district=${district}&figure=cleanupReviewed`)).body.items;
    expect(new Set(decisions.map((i: { decisionId: string }) => i.decisionId)).size).toBe(4);
    const narrowed = await reporting.http.get(`/v1/reports/annual/2019/legal-affairs/cases?district=${district}&figure=agendaMeetings&month=3`);
    expect(narrowed.body.total).toBe(3); // i = 2, 14, 26
  });

  it('opens the coverage at the year\'s end to the registry\'s units it counts, each by name, the covered ones with the engagements running then', async () => {
    const open = async (year: number, query: string) => (await reporting.http.get(`/v1/reports/annual/${year}/legal-affairs/cases?district=${district}&${query}`)).body;
    /** The events of this run's outbox, by case and type, to name the ones an item must carry. */
    const { rows } = await db.query<{ case_id: string; type: string; event_id: string }>(
      `SELECT value::jsonb ->> 'caseId' AS case_id, value::jsonb ->> 'type' AS type, value::jsonb ->> 'eventId' AS event_id FROM legal_affairs.outbox WHERE (value::jsonb ->> 'district') = $1`,
      [district],
    );
    const eventOf = (caseId: string, type: string) => rows.find((r) => r.case_id === caseId && r.type === type)!.event_id;
    const registration = (u: { id: string }) => eventOf(u.id, 'legalaffairs.district-unit.registered');
    const sorted = <T extends { caseId: string }>(items: T[]) => [...items].sort((a, b) => (a.caseId < b.caseId ? -1 : 1));

    const atYearEnd = await open(2019, 'figure=unitsAtYearEnd');
    expect(atYearEnd).toMatchObject({ total: 2, nextCursor: null });
    expect(atYearEnd.items).toEqual(sorted([units.covered, units.uncovered].map((u) => ({ caseId: u.id, unit: u.name, eventIds: [registration(u)] }))));
    const withAdviser = await open(2019, 'figure=unitsWithAdviser');
    expect(withAdviser).toMatchObject({ total: 1, nextCursor: null });
    expect(withAdviser.items).toEqual([
      { caseId: units.covered.id, unit: units.covered.name, engagementIds: [coveringEngagement], eventIds: [registration(units.covered), eventOf(coveringEngagement, 'legalaffairs.adviser.engaged')] },
    ]);
    // At the end of 2018 all three units were active, none with an adviser yet; page by page, one at a time.
    const pages: { caseId: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: { total: number; items: { caseId: string }[]; nextCursor: string | null } = await open(2018, `figure=unitsAtYearEnd&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect([page.total, page.items.length]).toEqual([3, 1]);
      pages.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(pages.map((i) => i.caseId)).toEqual(sorted([units.covered, units.uncovered, units.gone].map((u) => ({ caseId: u.id }))).map((i) => i.caseId));
    expect((await open(2018, 'figure=unitsWithAdviser')).total).toBe(0);
    // Counted at an instant, not by unit or month: a dimension is a 400 naming it.
    const narrowed = await reporting.http.get(`/v1/reports/annual/2019/legal-affairs/cases?district=${district}&figure=unitsAtYearEnd&month=12`);
    expect({ status: narrowed.status, body: narrowed.body }).toMatchObject({ status: 400, body: { code: 'REPORT.INVALID_DRILL_THROUGH', details: { field: 'month' } } });
  });

  it('agrees, figure for figure, with the legal-affairs tables recomputed by reconcile', async () => {
    // The tables have no district column, so the reconciliation of a year reads every record of it:
    // a year no test writes legal-affairs records in.
    const tables = { agenda_meetings: ['held_at'], coordination_groups: ['established_at', 'dissolved_at'], committee_meetings: ['held_at'], cleanup_decisions: ['decided_at'], documents: ['submitted_at', 'reviewed_at', 'filed_at'], contracts: ['submitted_at', 'reviewed_at'], engagements: ['started_at', 'ended_at'], work_records: ['performed_at'] };
    const used = async (year: number) => {
      for (const [table, columns] of Object.entries(tables))
        for (const column of columns) {
          const { rows } = await db.query(`SELECT count(*)::int AS n FROM legal_affairs.${table} WHERE extract(year FROM ${column} AT TIME ZONE 'Asia/Shanghai') = $1`, [year]);
          if (rows[0].n > 0) return true;
        }
      return false;
    };
    let year = randomInt(1960, 2000);
    while (await used(year)) year = randomInt(1960, 2000);
    await recordLegalAffairsYear(officer, year);
    await settled(reporting, [service]);
    expect((await report(year)).legalAffairs).toEqual(LEGAL_AFFAIRS_YEAR);
    const result = await reconcile({ databaseUrl: TEST_DATABASE_URL, reportingUrl: reporting.url, year, district, timeZone: 'Asia/Shanghai', headers: authHeaders('admin') });
    expect(result.differences.filter((d) => d.figure.startsWith('legalAffairs.'))).toEqual([]);
  });

  it('counts an event once when the topic delivers it again, and dead-letters an event type it does not know', async () => {
    const before = (await report(2019)).legalAffairs;
    const { rows } = await db.query<{ partition_key: string; value: string }>(
      `SELECT partition_key, value FROM legal_affairs.outbox WHERE (value::jsonb ->> 'district') = $1 ORDER BY id`,
      [district],
    );
    expect(rows.length).toBeGreaterThan(40);
    const unknown = { eventId: randomUUID(), type: 'legalaffairs.document.shredded', version: 1, occurredAt: '2019-06-01T09:00:00+08:00', district, caseId: randomUUID(), sequence: 1, actorId: null, payload: {} };
    await producer.send({
      topic: Topics.legalAffairs, acks: -1,
      messages: [...rows.map((r) => ({ key: r.partition_key, value: r.value })), { key: unknown.caseId, value: JSON.stringify(unknown) }],
    });
    await settled(reporting, [service]);
    expect((await report(2019)).legalAffairs).toEqual(before);
    const { schema } = reporting.app.get<ReportingConfig>(REPORTING_CONFIG as never, { strict: false });
    // This run's message: the suite's topics are kept between runs, and a new group reads them from the start.
    const letters = await db.query(
      `SELECT kind, reason FROM "${schema}".dead_letters WHERE group_id = $1 AND topic = $2 AND position($3 in convert_from(message_value, 'UTF8')) > 0`,
      [groupId, Topics.legalAffairs, unknown.eventId],
    );
    expect(letters.rows).toEqual([{ kind: 'unknown-type', reason: 'unknown event type legalaffairs.document.shredded v1' }]);
  });
});
